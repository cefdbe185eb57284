import { useMutation } from '@apollo/client/react';
import {
  LockThreadDocument,
  MergeQuestionDocument,
  MoveQuestionDocument,
  PinQuestionDocument,
  UnlockThreadDocument,
  UnpinQuestionDocument,
} from '../../../generated/graphql';

/** Staff actions on a whole thread; each reply carries the thread's new state into the cache. */
export function useThreadModeration(questionId: string) {
  const [lock] = useMutation(LockThreadDocument);
  const [unlock] = useMutation(UnlockThreadDocument);
  const [pin] = useMutation(PinQuestionDocument);
  const [unpin] = useMutation(UnpinQuestionDocument);
  const [move] = useMutation(MoveQuestionDocument);
  const [merge] = useMutation(MergeQuestionDocument);
  const variables = { questionId };
  return {
    lock: async () => void (await lock({ variables })),
    unlock: async () => void (await unlock({ variables })),
    pin: async () => void (await pin({ variables })),
    unpin: async () => void (await unpin({ variables })),
    move: async (communityId: string, note?: string) => void (await move({ variables: { input: { questionId, communityId, note } } })),
    merge: async (intoQuestionId: string, note?: string) => void (await merge({ variables: { input: { questionId, intoQuestionId, note } } })),
  };
}
