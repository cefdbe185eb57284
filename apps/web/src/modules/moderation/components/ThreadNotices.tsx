import { Alert } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** Where a merged duplicate sends its visitors: the original, told why they landed here. */
export interface MergedFromState {
  mergedFrom: string;
}

export function isMergedFromState(state: unknown): state is MergedFromState {
  return typeof state === 'object' && state !== null && typeof (state as MergedFromState).mergedFrom === 'string';
}

/** Above a thread: merged here from a duplicate, locked, pinned. */
export function ThreadNotices({ question }: { question: { isLocked: boolean; isPinned: boolean } }) {
  const { t } = useTranslation();
  const { state } = useLocation();
  return (
    <>
      {isMergedFromState(state) && <Alert tone="info">{t('moderation.thread.mergedHere')}</Alert>}
      {question.isPinned && <p className="thread-flag">{t('moderation.thread.pinned')}</p>}
      {question.isLocked && <LockedThreadNotice />}
    </>
  );
}

export function LockedThreadNotice() {
  const { t } = useTranslation();
  return (
    <p className="thread-flag thread-flag--locked" role="note">
      {t('moderation.thread.locked')}
    </p>
  );
}
