import { MODERATION_LIMITS } from '@agora/shared';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class AppealInput {
  @Field(() => ID, {
    description: 'The id of the entry in myModerationActions.',
  })
  actionId!: string;

  @Field({ description: 'Why staff should reconsider: a short text.' })
  @Transform(trim)
  @Length(MODERATION_LIMITS.appealMessage.min, MODERATION_LIMITS.appealMessage.max, {
    message: `must be ${MODERATION_LIMITS.appealMessage.min} to ${MODERATION_LIMITS.appealMessage.max} characters long`,
  })
  message!: string;
}

@InputType()
export class ResolveAppealInput {
  @Field(() => ID)
  appealId!: string;

  @Field({
    description: 'true reverses the action (restores, shows again or reinstates); false keeps it.',
  })
  grant!: boolean;

  @Field(() => String, { nullable: true, description: 'Shown to the member.' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(MODERATION_LIMITS.moderatorNote.max)
  response?: string | null;
}
