import { Button, Field } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModerationQueueQuery } from '../../../generated/graphql';
import { FormattedDate } from '../../common/components/FormattedDate';
import { useResolveAppeal } from '../hooks/useModerationQueue';
import { reasonText } from '../moderationText';
import { ActionForm } from './ActionForm';
import { ModerationDialog } from './ModerationDialog';

export type QueueItem = ModerationQueueQuery['moderationQueue']['edges'][number]['node'];

export interface QueueItemCardProps {
  item: QueueItem;
  selected: boolean;
  focused: boolean;
  onToggle: () => void;
  onFocus: () => void;
  onApprove: () => void;
  onHide: () => void;
  onRemove: () => void;
  onDismissUser: () => void;
  busy: boolean;
}

/** One open item: the post or member, why it is here, the author's record, and what staff can do. */
export function QueueItemCard({ item, selected, focused, onToggle, onFocus, onApprove, onHide, onRemove, onDismissUser, busy }: QueueItemCardProps) {
  const { t } = useTranslation();
  const isPost = item.targetType !== 'USER';
  const label = item.question ? item.question.title : (item.author?.displayName ?? '');
  return (
    <li
      className={['queue-item', selected ? 'queue-item--selected' : '', focused ? 'queue-item--focused' : ''].filter(Boolean).join(' ')}
      tabIndex={focused ? 0 : -1}
      aria-label={t('moderation.queue.itemLabel', { kind: t(`moderation.queue.kinds.${item.kind}`), label })}
      data-queue-item={item.id}
      onFocus={onFocus}
    >
      <div className="queue-item__head">
        <label className="queue-item__select">
          <input type="checkbox" checked={selected} onChange={onToggle} />
          <span className="ui-visually-hidden">{t('moderation.queue.select')}</span>
        </label>
        <span className="queue-item__kind">{t(`moderation.queue.kinds.${item.kind}`)}</span>
        <span className="moderation-muted">
          {t(`moderation.targets.${item.targetType}`)} · <FormattedDate iso={item.createdAt} />
        </span>
      </div>
      {item.question && (
        <p className="queue-item__title">
          <Link to={`/questions/${item.question.id}`}>{item.question.title}</Link>
        </p>
      )}
      {isPost && (
        <div className="prose queue-item__body" dangerouslySetInnerHTML={{ __html: item.answer?.bodyHtml ?? item.question?.bodyHtml ?? '' }} />
      )}
      {item.author && (
        <p className="queue-item__author">
          {t('moderation.queue.author')} <Link to={`/moderation/users/${item.author.id}`}>{item.author.displayName}</Link>
          {item.authorLevel !== null && ` · ${t('moderation.queue.level', { level: item.authorLevel })}`}
          {item.author.suspendedUntil && ` · ${t('moderation.queue.suspended')}`}
          {item.authorHistory.length > 0 && ` · ${t('moderation.queue.history', { count: item.authorHistory.length })}`}
        </p>
      )}
      {item.holdReason && <p>{t('moderation.queue.heldBecause', { reason: item.holdReason })}</p>}
      {item.reports.length > 0 && (
        <ul className="queue-item__reports" aria-label={t('moderation.queue.reports', { count: item.reports.length })}>
          {item.reports.map((report) => (
            <li key={report.id}>
              <strong>{t(`moderation.report.reasons.${report.reason}`)}</strong> · {report.reporter.displayName}
              {report.note && `: “${report.note}”`}
              {report.duplicateOf && (
                <>
                  {' · '}
                  <Link to={`/questions/${report.duplicateOf.id}`}>{report.duplicateOf.title}</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {item.appeal ? (
        <AppealDecision appeal={item.appeal} />
      ) : (
        <div className="queue-item__actions">
          {isPost ? (
            <>
              <Button size="sm" busy={busy} onClick={onApprove} aria-keyshortcuts="a">
                {t('moderation.queue.approve')}
              </Button>
              <Button size="sm" busy={busy} onClick={onHide} aria-keyshortcuts="h">
                {t('moderation.staff.hide')}
              </Button>
              <Button size="sm" busy={busy} onClick={onRemove} aria-keyshortcuts="r">
                {t('moderation.staff.remove')}
              </Button>
            </>
          ) : (
            <Button size="sm" busy={busy} onClick={onDismissUser}>
              {t('moderation.queue.dismissUser')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

function AppealDecision({ appeal }: { appeal: NonNullable<QueueItem['appeal']> }) {
  const { t } = useTranslation();
  const resolve = useResolveAppeal();
  const [decision, setDecision] = useState<'grant' | 'deny' | null>(null);
  const [response, setResponse] = useState('');
  return (
    <div className="queue-item__appeal">
      <p>
        {t('moderation.queue.appealAgainst', { action: t(`moderation.actions.${appeal.action.action}`) })}
        {appeal.action.reason && ` (${reasonText(t, appeal.action.reason)})`}
      </p>
      <blockquote>{appeal.message}</blockquote>
      <div className="queue-item__actions">
        <Button size="sm" onClick={() => setDecision('grant')}>
          {t('moderation.queue.grant')}
        </Button>
        <Button size="sm" onClick={() => setDecision('deny')}>
          {t('moderation.queue.deny')}
        </Button>
      </div>
      <ModerationDialog
        title={decision === 'grant' ? t('moderation.queue.grantTitle') : t('moderation.queue.denyTitle')}
        open={decision !== null}
        onClose={() => setDecision(null)}
      >
        <ActionForm
          submitLabel={decision === 'grant' ? t('moderation.queue.grant') : t('moderation.queue.deny')}
          onCancel={() => setDecision(null)}
          onSubmit={async () => {
            await resolve(appeal.id, decision === 'grant', response.trim() || undefined);
            setDecision(null);
          }}
        >
          <Field id={`appeal-response-${appeal.id}`} label={t('moderation.queue.responseLabel')}>
            {(control) => <textarea {...control} rows={3} value={response} onChange={(event) => setResponse(event.target.value)} />}
          </Field>
        </ActionForm>
      </ModerationDialog>
    </div>
  );
}
