import { LIMITS } from '@agora/shared';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { Length } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class PostAnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field({ description: 'Markdown.' })
  @Transform(trim)
  @Length(LIMITS.answerBody.min, LIMITS.answerBody.max, { message: `must be 1 to ${LIMITS.answerBody.max} characters long` })
  body!: string;
}

@InputType()
export class EditAnswerInput {
  @Field(() => ID)
  answerId!: string;

  @Field({ description: 'Markdown.' })
  @Transform(trim)
  @Length(LIMITS.answerBody.min, LIMITS.answerBody.max, { message: `must be 1 to ${LIMITS.answerBody.max} characters long` })
  body!: string;
}
