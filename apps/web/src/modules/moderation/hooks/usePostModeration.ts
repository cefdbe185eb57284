import { useMutation } from '@apollo/client/react';
import {
  ApprovePostDocument,
  HidePostDocument,
  RecommendAnswerDocument,
  type RemovalReason,
  RemovePostDocument,
  RestorePostDocument,
  UnrecommendAnswerDocument,
} from '../../../generated/graphql';

/** A question (or User Tip) or an answer, as the post mutations name it. */
export type PostTarget = { questionId: string } | { answerId: string };

// Hiding or removing changes who sees a post and the counts around it: the open page and queue are read again.
const REFETCH = { refetchQueries: ['QuestionPage', 'ModerationQueue'] };

/** Staff actions on one post. */
export function usePostModeration() {
  const [hide] = useMutation(HidePostDocument, REFETCH);
  const [approve] = useMutation(ApprovePostDocument, REFETCH);
  const [remove] = useMutation(RemovePostDocument, REFETCH);
  const [restore] = useMutation(RestorePostDocument, REFETCH);
  const [recommend] = useMutation(RecommendAnswerDocument, REFETCH);
  const [unrecommend] = useMutation(UnrecommendAnswerDocument, REFETCH);
  return {
    hide: async (target: PostTarget, note?: string) => void (await hide({ variables: { input: { ...target, note } } })),
    approve: async (target: PostTarget, note?: string) => void (await approve({ variables: { input: { ...target, note } } })),
    remove: async (target: PostTarget, reason: RemovalReason, note?: string) =>
      void (await remove({ variables: { input: { ...target, reason, note } } })),
    restore: async (target: PostTarget, note?: string) => void (await restore({ variables: { ...target, note } })),
    recommend: async (answerId: string) => void (await recommend({ variables: { answerId } })),
    unrecommend: async (answerId: string) => void (await unrecommend({ variables: { answerId } })),
  };
}
