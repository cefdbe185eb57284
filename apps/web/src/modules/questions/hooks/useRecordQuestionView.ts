import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { RecordQuestionViewDocument } from '../../../generated/graphql';

/**
 * Counts one view per visit of a question page (StrictMode's second effect run included), once the
 * question is known to exist: null while loading or when there is no such question.
 */
export function useRecordQuestionView(questionId: string | null) {
  const [record] = useMutation(RecordQuestionViewDocument);
  const recordedFor = useRef<string | null>(null);
  useEffect(() => {
    if (questionId === null || recordedFor.current === questionId) return;
    recordedFor.current = questionId;
    record({
      variables: { questionId },
      update(cache, { data }) {
        if (!data) return;
        cache.modify({
          id: cache.identify({ __typename: 'Question', id: questionId }),
          fields: { viewCount: () => data.recordQuestionView },
        });
      },
    }).catch(() => {
      // A view that was not counted is not worth interrupting the reader for.
    });
  }, [questionId, record]);
}
