import { MODERATION_LIMITS } from '@agora/shared';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class MergeQuestionInput {
  @Field(() => ID, {
    description: 'The duplicate: it closes and redirects to intoQuestionId.',
  })
  questionId!: string;

  @Field(() => ID)
  intoQuestionId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Shown to the asker of the duplicate.',
  })
  @IsOptional()
  @Transform(trim)
  @MaxLength(MODERATION_LIMITS.moderatorNote.max)
  note?: string | null;
}

@InputType()
export class MoveQuestionInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => ID)
  communityId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(MODERATION_LIMITS.moderatorNote.max)
  note?: string | null;
}
