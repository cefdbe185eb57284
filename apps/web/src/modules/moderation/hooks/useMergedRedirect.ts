import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { MergedFromState } from '../components/ThreadNotices';

/** A merged duplicate has no page of its own: its address leads to the original, replacing it in history. */
export function useMergedRedirect(question: { id: string; mergedInto: { id: string } | null } | null) {
  const navigate = useNavigate();
  const target = question?.mergedInto?.id ?? null;
  const from = question?.id ?? null;
  useEffect(() => {
    if (!target || !from) return;
    const state: MergedFromState = { mergedFrom: from };
    navigate(`/questions/${target}`, { replace: true, state });
  }, [navigate, target, from]);
  return target !== null;
}
