import type { Reference } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { AnswerPostedDocument, AnswerReaderFieldsFragmentDoc, AnswerUpdatedDocument, QuestionUpdatedDocument } from '../../../generated/graphql';

/**
 * Keeps a shown question current without a reload. Updated answers and the updated question land in
 * the cache by id (the question's reply carries its answers in their order, the solution first); a new
 * answer is added at the end of the list, unless the author's own reply put it there already. The
 * live replies leave out the reader's own fields (see Live.graphql): for a new answer they are known.
 */
export function useLiveQuestion(questionId: string, viewerId: string | null) {
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
      if (!answerRef) return;
      client.cache.writeFragment({
        id: answerRef,
        fragment: AnswerReaderFieldsFragmentDoc,
        data: {
          __typename: 'Answer',
          viewerHasMarkedHelpful: false,
          viewerHasReported: false,
          // As the API decides it: signed in, not the author, and the answer is not hidden.
          viewerCanMarkHelpful: viewerId !== null && viewerId !== answer.author.id && answer.moderationState === 'VISIBLE',
        },
      });
      let added = false;
      client.cache.modify<{ answers: Reference[] }>({
        id: questionRef,
        fields: {
          answers: (answers, { readField, toReference }) => {
            const ref = toReference(answerRef);
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
