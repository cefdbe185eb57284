import { LIMITS, normaliseTag, TAG_PATTERN } from '@agora/shared';
import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const normaliseTags = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((tag) => normaliseTag(String(tag))))] : value;

const titleLength = Length(LIMITS.questionTitle.min, LIMITS.questionTitle.max, {
  message: `must be ${LIMITS.questionTitle.min} to ${LIMITS.questionTitle.max} characters long`,
});
const bodyLength = Length(LIMITS.questionBody.min, LIMITS.questionBody.max, {
  message: `must be 1 to ${LIMITS.questionBody.max} characters long`,
});
const tagsRules = applyDecorators(
  Transform(normaliseTags),
  ArrayMaxSize(LIMITS.tags.maxCount, { message: `may hold at most ${LIMITS.tags.maxCount} tags` }),
  MaxLength(LIMITS.tags.maxLength, { each: true, message: `must each be at most ${LIMITS.tags.maxLength} characters` }),
  Matches(TAG_PATTERN, { each: true, message: 'must each be letters, digits and dashes, like "wi-fi"' }),
);

@InputType()
export class AskQuestionInput {
  @Field(() => ID)
  communityId!: string;

  @Field()
  @Transform(trim)
  @titleLength
  title!: string;

  @Field({ description: 'Markdown.' })
  @Transform(trim)
  @bodyLength
  body!: string;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @tagsRules
  tags!: string[];
}

@InputType()
export class EditQuestionInput {
  @Field(() => ID)
  questionId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @titleLength
  title?: string;

  @Field({ nullable: true, description: 'Markdown.' })
  @IsOptional()
  @Transform(trim)
  @bodyLength
  body?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @tagsRules
  tags?: string[];
}
