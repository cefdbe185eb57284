import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Who is writing an answer to a question right now ("2 people are writing an answer").' })
export class ComposingState {
  @Field(() => ID)
  questionId!: string;

  /** Everyone writing, the subscriber included; the fields leave the subscriber out. */
  userIds!: string[];
}

/** What setComposing publishes to every instance. */
export interface ComposingSignal {
  questionId: string;
  userId: string;
  composing: boolean;
}
