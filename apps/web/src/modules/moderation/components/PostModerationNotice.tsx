import { useTranslation } from 'react-i18next';
import type { ModerationState } from '../../../generated/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { isStaffRole } from '../../auth/permissions';
import { useMyModerationActions } from '../hooks/useMyModerationActions';
import { reasonText } from '../moderationText';
import { AppealStatus } from './AppealStatus';

export interface PostModerationNoticeProps {
  postId: string;
  authorId: string;
  state: ModerationState;
  /** Only its author and staff receive it. */
  reason: string | null;
}

/**
 * Above a post out of public sight, which only its author and staff can open: why, and for the author the
 * moderator's note and a way to appeal.
 */
export function PostModerationNotice({ postId, authorId, state, reason }: PostModerationNoticeProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (state === 'VISIBLE' || !viewer) return null;
  const isAuthor = viewer.id === authorId;
  return (
    <aside className={`moderation-notice moderation-notice--${state.toLowerCase()}`} aria-label={t('moderation.notice.label')}>
      <p className="moderation-notice__title">{t(`moderation.notice.states.${state}`)}</p>
      <p>{isAuthor ? t('moderation.notice.authorOnly') : t('moderation.notice.staffOnly')}</p>
      {reason && <p>{t('moderation.notice.reason', { reason: reasonText(t, reason) })}</p>}
      {isAuthor && !isStaffRole(viewer.role) && <AuthorAppeal postId={postId} />}
    </aside>
  );
}

function AuthorAppeal({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const { actions } = useMyModerationActions();
  // The latest action about this post is the one in force (newest first).
  const entry = actions.find((action) => action.targetId === postId);
  if (!entry) return null;
  return (
    <>
      {entry.note && <p>{t('moderation.notice.note', { note: entry.note })}</p>}
      <AppealStatus entry={entry} />
    </>
  );
}
