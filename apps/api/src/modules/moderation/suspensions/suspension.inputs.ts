import { MODERATION_LIMITS } from '@agora/shared';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class WarnUserInput {
  @Field(() => ID)
  userId!: string;

  @Field({ description: 'Shown to the member.' })
  @Transform(trim)
  @Length(1, MODERATION_LIMITS.moderatorNote.max)
  reason!: string;
}

@InputType()
export class SuspendUserInput {
  @Field(() => ID)
  userId!: string;

  @Field({
    description: 'The suspension ends at this moment (must be in the future).',
  })
  until!: Date;

  @Field({ description: 'Shown to the member.' })
  @Transform(trim)
  @Length(1, MODERATION_LIMITS.moderatorNote.max)
  reason!: string;
}

@InputType({ description: 'A member and an optional note for the audit log.' })
export class ReinstateUserInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(MODERATION_LIMITS.moderatorNote.max)
  note?: string | null;
}
