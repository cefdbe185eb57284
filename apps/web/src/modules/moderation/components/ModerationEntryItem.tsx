import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModerationEntryFieldsFragment } from '../../../generated/graphql';
import { FormattedDate } from '../../common/components/FormattedDate';
import { reasonText } from '../moderationText';

export interface ModerationEntryItemProps {
  entry: ModerationEntryFieldsFragment;
  /** The audit log names who acted and about whom; a member's own list does not need to. */
  showPeople?: boolean;
  children?: ReactNode;
}

/** One moderation action: what, when, about which thread, why, and the moderator's note. */
export function ModerationEntryItem({ entry, showPeople = false, children }: ModerationEntryItemProps) {
  const { t } = useTranslation();
  return (
    <li className="moderation-entry">
      <p className="moderation-entry__head">
        <strong>{t(`moderation.actions.${entry.action}`)}</strong>
        {entry.targetType === 'ANSWER' && ` · ${t('moderation.targets.ANSWER')}`}
        {' · '}
        <FormattedDate iso={entry.createdAt} />
      </p>
      {showPeople && (
        <p className="moderation-muted">
          {t('moderation.entry.actor', { name: entry.actor?.displayName ?? t('moderation.entry.automatic') })}
          {entry.subjectUser && (
            <>
              {' · '}
              {t('moderation.entry.subject')} <Link to={`/moderation/users/${entry.subjectUser.id}`}>{entry.subjectUser.displayName}</Link>
            </>
          )}
        </p>
      )}
      {entry.question && (
        <p>
          <Link to={`/questions/${entry.question.id}`}>{entry.question.title}</Link>
        </p>
      )}
      {entry.reason && <p>{t('moderation.notice.reason', { reason: reasonText(t, entry.reason) })}</p>}
      {entry.note && <p>{t('moderation.notice.note', { note: entry.note })}</p>}
      {children}
    </li>
  );
}
