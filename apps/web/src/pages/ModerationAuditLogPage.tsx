import { Button, Card } from '@agora/ui';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditLogFilter, ModerationActionType, ModerationTargetType } from '../generated/graphql';
import { AuditLogList } from '../modules/moderation/components/AuditLogList';
import { ModerationArea } from '../modules/moderation/components/ModerationArea';
import { useAuditLog } from '../modules/moderation/hooks/useAuditLog';
import { useViewer } from '../modules/auth/hooks/useViewer';

const ACTIONS: readonly ModerationActionType[] = [
  'APPROVE_POST', 'DISMISS_REPORTS', 'HIDE_POST', 'AUTO_HIDE_POST', 'HOLD_POST', 'REMOVE_POST', 'RESTORE_POST', 'EDIT_POST',
  'LOCK_THREAD', 'UNLOCK_THREAD', 'MOVE_THREAD', 'PIN_THREAD', 'UNPIN_THREAD', 'MERGE_QUESTION', 'RECOMMEND_ANSWER',
  'UNRECOMMEND_ANSWER', 'WARN_USER', 'SUSPEND_USER', 'REINSTATE_USER', 'CHANGE_ROLE', 'ADD_WATCHED_WORD',
  'REMOVE_WATCHED_WORD', 'GRANT_APPEAL', 'DENY_APPEAL',
];
const TARGET_TYPES: readonly ModerationTargetType[] = ['QUESTION', 'ANSWER', 'USER'];

/** `/moderation/audit-log?action=&actor=&targetType=&target=`: every action, newest first (administrators). */
export function ModerationAuditLogPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const action = ACTIONS.find((candidate) => candidate === params.get('action'));
  const targetType = TARGET_TYPES.find((candidate) => candidate === params.get('targetType'));
  const filter: AuditLogFilter = {
    actions: action ? [action] : undefined,
    actorId: params.get('actor') || undefined,
    subjectUserId: params.get('subject') || undefined,
    targetType,
    targetId: params.get('target') || undefined,
  };
  const log = useAuditLog(filter, viewer?.role !== 'ADMIN');

  const updateParams = (values: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(values)) {
      if (value.trim()) next.set(name, value.trim());
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  const setParam = (name: string, value: string) => updateParams({ [name]: value });
  // The ids are typed or pasted whole, so they apply on submit rather than at each keystroke.
  const applyIds = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    updateParams({ actor: String(form.get('actor') ?? ''), target: String(form.get('target') ?? '') });
  };

  return (
    <ModerationArea title={t('moderation.audit.title')} description={t('moderation.audit.intro')} adminOnly>
      <Card className="list-card">
        <form className="audit-filters" role="search" aria-label={t('moderation.audit.filters')} onSubmit={applyIds}>
          <label>
            {t('moderation.audit.action')}
            <select value={action ?? ''} onChange={(event) => setParam('action', event.target.value)}>
              <option value="">{t('moderation.audit.anyAction')}</option>
              {ACTIONS.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`moderation.actions.${choice}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('moderation.audit.actor')}
            <input name="actor" defaultValue={params.get('actor') ?? ''} />
          </label>
          <label>
            {t('moderation.audit.targetType')}
            <select value={targetType ?? ''} onChange={(event) => setParam('targetType', event.target.value)}>
              <option value="">{t('moderation.audit.anyTarget')}</option>
              {TARGET_TYPES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`moderation.targets.${choice}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('moderation.audit.target')}
            <input name="target" defaultValue={params.get('target') ?? ''} />
          </label>
          <Button type="submit" size="sm">
            {t('moderation.audit.apply')}
          </Button>
        </form>
        <p className="moderation-muted" role="status">
          {log.firstLoad ? '' : t('moderation.audit.count', { count: log.totalCount })}
        </p>
        <AuditLogList log={log} />
      </Card>
    </ModerationArea>
  );
}
