import { MODERATION_LIMITS, WatchedWordAction } from '@agora/shared';
import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, Length, MaxLength } from 'class-validator';
import '../moderation-enums';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class AddWatchedWordInput {
  @Field({
    description: 'A word or short phrase; matched ignoring case, accents and simple obfuscation.',
  })
  @Transform(trim)
  @Length(MODERATION_LIMITS.watchedWord.min, MODERATION_LIMITS.watchedWord.max)
  word!: string;

  @Field(() => WatchedWordAction)
  action!: WatchedWordAction;

  @Field(() => String, {
    nullable: true,
    description: 'Required with REPLACE.',
  })
  @IsOptional()
  @MaxLength(MODERATION_LIMITS.watchedWord.max)
  replacement?: string | null;

  @Field({
    description: 'The rule a blocked author is shown, e.g. "Be respectful: no insults".',
  })
  @Transform(trim)
  @Length(MODERATION_LIMITS.ruleName.min, MODERATION_LIMITS.ruleName.max)
  rule!: string;
}
