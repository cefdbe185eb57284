import { Button } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationState } from '../../../generated/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { isStaffRole } from '../../auth/permissions';
import { type PostTarget, usePostModeration } from '../hooks/usePostModeration';
import { ModerationDialog } from './ModerationDialog';
import { RemoveForm } from './RemoveForm';

export interface StaffPostActionsProps {
  target: PostTarget;
  state: ModerationState;
  /** For answers: whether it is recommended now (null for questions). */
  recommended?: boolean;
}

/** Hide, remove (with a reason), restore or approve a post, and recommend an answer: for staff only. */
export function StaffPostActions({ target, state, recommended }: StaffPostActionsProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const moderation = usePostModeration();
  const [removing, setRemoving] = useState(false);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!viewer || !isStaffRole(viewer.role)) return null;

  const run = (action: () => Promise<void>) => {
    setPending(true);
    setFailed(false);
    action()
      .catch(() => setFailed(true))
      .finally(() => setPending(false));
  };
  const answerId = 'answerId' in target ? target.answerId : null;

  return (
    <span className="staff-actions" role="group" aria-label={t('moderation.staff.postActions')}>
      {answerId && recommended !== undefined && (
        <Button variant="ghost" size="sm" busy={pending} onClick={() => run(() => (recommended ? moderation.unrecommend(answerId) : moderation.recommend(answerId)))}>
          {recommended ? t('moderation.staff.unrecommend') : t('moderation.staff.recommend')}
        </Button>
      )}
      {state === 'VISIBLE' && (
        <Button variant="ghost" size="sm" busy={pending} onClick={() => run(() => moderation.hide(target))}>
          {t('moderation.staff.hide')}
        </Button>
      )}
      {(state === 'HIDDEN' || state === 'PENDING_REVIEW') && (
        <Button variant="ghost" size="sm" busy={pending} onClick={() => run(() => moderation.approve(target))}>
          {t('moderation.staff.approve')}
        </Button>
      )}
      {state === 'REMOVED' ? (
        <Button variant="ghost" size="sm" busy={pending} onClick={() => run(() => moderation.restore(target))}>
          {t('moderation.staff.restore')}
        </Button>
      ) : (
        <Button variant="ghost" size="sm" onClick={() => setRemoving(true)}>
          {t('moderation.staff.remove')}
        </Button>
      )}
      {failed && (
        <span className="inline-error" role="alert">
          {t('errors.actionFailed')}
        </span>
      )}
      <ModerationDialog title={t('moderation.remove.title')} open={removing} onClose={() => setRemoving(false)}>
        <RemoveForm
          idPrefix="remove-post"
          onCancel={() => setRemoving(false)}
          onRemove={async (reason, note) => {
            await moderation.remove(target, reason, note);
            setRemoving(false);
          }}
        />
      </ModerationDialog>
    </span>
  );
}
