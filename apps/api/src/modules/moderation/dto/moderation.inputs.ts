import { RemovalReason } from '@agora/shared';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';

@InputType()
export class RemovePostInput {
  @Field(() => ID, { nullable: true, description: 'The question or User Tip to remove; give this or answerId.' })
  questionId?: string;

  @Field(() => ID, { nullable: true })
  answerId?: string;

  @Field(() => RemovalReason)
  reason!: RemovalReason;

  @Field({ nullable: true, description: 'Shown to the author.' })
  @IsOptional()
  @MaxLength(1000)
  note?: string;
}

@InputType({ description: 'A question or User Tip (questionId) or an answer (answerId), with a note for the audit log and the author.' })
export class PostActionInput {
  @Field(() => ID, { nullable: true })
  questionId?: string;

  @Field(() => ID, { nullable: true })
  answerId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string;
}
