import { useMutation, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { ComposingDocument, SetComposingDocument } from '../../../generated/graphql';

/** The API forgets a writer 30 s after their last signal; typing renews it at most this often. */
const RENEW_EVERY_MS = 10_000;

/** Who else is writing an answer to this question, as it changes. */
export function useComposingPeople(questionId: string) {
  const { data } = useSubscription(ComposingDocument, { variables: { questionId } });
  return data?.composing.people ?? [];
}

/**
 * Tells the others that the viewer is writing an answer: `typing` on each keystroke (sent at most every
 * 10 s), `stop` on leaving the field or posting, and when the form goes away.
 */
export function useComposingSignal(questionId: string) {
  const [setComposing] = useMutation(SetComposingDocument);
  const lastSentAt = useRef<number | null>(null);

  const send = useCallback(
    (composing: boolean) => {
      // Only a hint for the others: a lost signal expires by itself, so failures are not shown.
      setComposing({ variables: { questionId, composing } }).catch(() => undefined);
    },
    [questionId, setComposing],
  );

  const stop = useCallback(() => {
    if (lastSentAt.current === null) return;
    lastSentAt.current = null;
    send(false);
  }, [send]);

  const typing = useCallback(() => {
    const now = Date.now();
    if (lastSentAt.current !== null && now - lastSentAt.current < RENEW_EVERY_MS) return;
    lastSentAt.current = now;
    send(true);
  }, [send]);

  useEffect(() => stop, [stop]);
  return useMemo(() => ({ typing, stop }), [typing, stop]);
}
