import { MODERATION_LIMITS, ReportReason } from '@agora/shared';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, MaxLength } from 'class-validator';
import '../moderation-enums';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({
  description: 'Give exactly one of questionId (also User Tips), answerId and userId.',
})
export class ReportInput {
  @Field(() => ID, { nullable: true })
  questionId?: string | null;

  @Field(() => ID, { nullable: true })
  answerId?: string | null;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => ReportReason)
  reason!: ReportReason;

  @Field(() => ID, {
    nullable: true,
    description: 'With DUPLICATE: the question this one duplicates.',
  })
  duplicateOfId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required with OTHER.' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(MODERATION_LIMITS.reportNote.max)
  note?: string | null;
}
