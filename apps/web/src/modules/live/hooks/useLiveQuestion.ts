import type { Reference } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { AnswerPostedDocument, AnswerUpdatedDocument, QuestionUpdatedDocument } from '../../../generated/graphql';

/**
 * Keeps a shown question current without a reload. Updated answers and the updated question land in
 * the cache by id (the question's reply carries its answers in their order, the solution first); a new
 * answer is added at the end of the list, unless the author's own reply put it there already.
 */
export function useLiveQuestion(questionId: string) {
  const variables = { questionId };
  useSubscription(AnswerUpdatedDocument, { variables });
  useSubscription(QuestionUpdatedDocument, { variables });
  useSubscription(AnswerPostedDocument, {
    variables,
    onData: ({ client, data }) => {
      const answer = data.data?.answerPosted;
      if (!answer) return;
      const questionRef = client.cache.identify({ __typename: 'Question', id: questionId });
      const answerRef = client.cache.identify(answer);
      let added = false;
      client.cache.modify<{ answers: Reference[] }>({
        id: questionRef,
        fields: {
          answers: (answers, { readField, toReference }) => {
            const ref = answerRef ? toReference(answerRef) : undefined;
            if (!ref || answers.some((existing) => readField('id', existing) === answer.id)) return answers;
            added = true;
            return [...answers, ref];
          },
        },
      });
      if (added) client.cache.modify<{ answerCount: number }>({ id: questionRef, fields: { answerCount: (count) => count + 1 } });
    },
  });
}
