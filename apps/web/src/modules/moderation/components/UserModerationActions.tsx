import { Field } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../generated/graphql';
import type { useModerationUser } from '../hooks/useModerationUser';
import { ActionForm } from './ActionForm';

type ModeratedUser = ReturnType<typeof useModerationUser>;

const DAY_MS = 24 * 60 * 60 * 1000;
const ROLES: readonly Role[] = ['MEMBER', 'MODERATOR', 'ADMIN'];

/** Warn, suspend (for some days, with a reason), reinstate, dismiss reports; administrators also set the role. */
export function UserModerationActions({ moderated, isAdmin }: { moderated: ModeratedUser; isAdmin: boolean }) {
  const { t } = useTranslation();
  const { user } = moderated;
  const [warning, setWarning] = useState('');
  const [days, setDays] = useState('7');
  const [suspensionReason, setSuspensionReason] = useState('');
  const [note, setNote] = useState('');
  const [role, setRole] = useState<Role>(user?.role ?? 'MEMBER');
  const [done, setDone] = useState<string | null>(null);
  if (!user) return null;

  const after = (message: string) => () => setDone(message);
  return (
    <div className="user-moderation">
      {done && (
        <p role="status" className="moderation-done">
          {done}
        </p>
      )}
      <section aria-labelledby="warn-heading">
        <h2 id="warn-heading" className="section-heading">
          {t('moderation.user.warnTitle')}
        </h2>
        <ActionForm submitLabel={t('moderation.user.warn')} onSubmit={() => moderated.warn(warning.trim()).then(after(t('moderation.user.warned')))}>
          <Field id="warn-reason" label={t('moderation.user.reasonLabel')}>
            {(control) => <textarea {...control} rows={2} required value={warning} onChange={(event) => setWarning(event.target.value)} />}
          </Field>
        </ActionForm>
      </section>
      <section aria-labelledby="suspend-heading">
        <h2 id="suspend-heading" className="section-heading">
          {t('moderation.user.suspendTitle')}
        </h2>
        <ActionForm
          submitLabel={t('moderation.user.suspend')}
          onSubmit={() =>
            moderated.suspend(new Date(Date.now() + Math.max(1, Number(days) || 1) * DAY_MS), suspensionReason.trim()).then(after(t('moderation.user.suspended')))
          }
        >
          <Field id="suspend-days" label={t('moderation.user.daysLabel')}>
            {(control) => <input {...control} type="number" min={1} max={365} value={days} onChange={(event) => setDays(event.target.value)} />}
          </Field>
          <Field id="suspend-reason" label={t('moderation.user.reasonLabel')}>
            {(control) => <textarea {...control} rows={2} required value={suspensionReason} onChange={(event) => setSuspensionReason(event.target.value)} />}
          </Field>
        </ActionForm>
      </section>
      <section aria-labelledby="reinstate-heading">
        <h2 id="reinstate-heading" className="section-heading">
          {t('moderation.user.otherTitle')}
        </h2>
        <Field id="user-note" label={t('moderation.staff.noteLabel')}>
          {(control) => <input {...control} value={note} onChange={(event) => setNote(event.target.value)} />}
        </Field>
        {user.suspendedUntil && (
          <ActionForm submitLabel={t('moderation.user.reinstate')} onSubmit={() => moderated.reinstate(note.trim() || undefined).then(after(t('moderation.user.reinstated')))}>
            {null}
          </ActionForm>
        )}
        <ActionForm submitLabel={t('moderation.user.dismiss')} onSubmit={() => moderated.dismissReports(note.trim() || undefined).then(after(t('moderation.user.dismissed')))}>
          {null}
        </ActionForm>
      </section>
      {isAdmin && (
        <section aria-labelledby="role-heading">
          <h2 id="role-heading" className="section-heading">
            {t('moderation.user.roleTitle')}
          </h2>
          <ActionForm submitLabel={t('moderation.user.setRole')} onSubmit={() => moderated.setRole(role).then(after(t('moderation.user.roleChanged')))}>
            <Field id="user-role" label={t('moderation.user.roleLabel')}>
              {(control) => (
                <select {...control} value={role} onChange={(event) => setRole(event.target.value as Role)}>
                  {ROLES.map((choice) => (
                    <option key={choice} value={choice}>
                      {t(`moderation.roles.${choice}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </ActionForm>
        </section>
      )}
    </div>
  );
}
