import { MODERATION_LIMITS, Privilege } from '@agora/shared';
import { Alert, Button, Field } from '@agora/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportReason } from '../../../generated/graphql';
import { describeApiError } from '../../../lib/apiErrors';
import { viewerCan } from '../../auth/permissions';
import { useViewer } from '../../auth/hooks/useViewer';
import { useSubmitReport } from '../hooks/useSubmitReport';
import { questionIdFrom } from '../moderationText';
import { ModerationDialog } from './ModerationDialog';

const REASONS: readonly ReportReason[] = ['SPAM', 'ABUSIVE', 'OFF_TOPIC', 'PERSONAL_INFORMATION', 'DUPLICATE', 'OTHER'];

export type ReportTarget = { questionId: string } | { answerId: string } | { userId: string };

export interface ReportButtonProps {
  target: ReportTarget;
  /** Members never report their own posts. */
  authorId: string;
  viewerHasReported: boolean;
}

/** "Report" and its dialog, for signed-in members other than the author; once per member and post. */
export function ReportButton({ target, authorId, viewerHasReported }: ReportButtonProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  if (!viewer || viewer.id === authorId) return null;
  if (viewerHasReported || sent) return <span className="moderation-muted">{t('moderation.report.reported')}</span>;
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        {t('moderation.report.button')}
      </Button>
      <ModerationDialog title={t('moderation.report.title')} open={open} onClose={() => setOpen(false)}>
        <ReportForm
          target={target}
          // Below level 2 members may only flag spam: the other reasons need some standing.
          spamOnly={!viewerCan(viewer, Privilege.REPORT_POSTS)}
          onCancel={() => setOpen(false)}
          onSent={() => {
            setOpen(false);
            setSent(true);
          }}
        />
      </ModerationDialog>
    </>
  );
}

function ReportForm({ target, spamOnly, onCancel, onSent }: { target: ReportTarget; spamOnly: boolean; onCancel: () => void; onSent: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmitReport();
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason) return setError(t('moderation.report.errors.reason'));
    if (reason === 'OTHER' && !note.trim()) return setError(t('moderation.report.errors.note'));
    if (reason === 'DUPLICATE' && !duplicateOf.trim()) return setError(t('moderation.report.errors.duplicate'));
    setPending(true);
    setError(null);
    try {
      await submit({
        ...target,
        reason,
        note: note.trim() || undefined,
        duplicateOfId: reason === 'DUPLICATE' ? questionIdFrom(duplicateOf) : undefined,
      });
      onSent();
    } catch (failure) {
      setError(describeApiError(failure, t).message);
      setPending(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={send}>
      {error && <Alert>{error}</Alert>}
      <fieldset className="moderation-choices">
        <legend>{t('moderation.report.reasonLabel')}</legend>
        {REASONS.map((choice) => (
          <label key={choice} className="moderation-choice">
            <input
              type="radio"
              name="reason"
              value={choice}
              checked={reason === choice}
              disabled={spamOnly && choice !== 'SPAM'}
              onChange={() => setReason(choice)}
            />
            {t(`moderation.report.reasons.${choice}`)}
          </label>
        ))}
        {spamOnly && <p className="moderation-muted">{t('moderation.report.spamOnly')}</p>}
      </fieldset>
      {reason === 'DUPLICATE' && (
        <Field id="report-duplicate" label={t('moderation.report.duplicateLabel')} hint={t('moderation.questionRefHint')}>
          {(control) => <input {...control} value={duplicateOf} onChange={(event) => setDuplicateOf(event.target.value)} />}
        </Field>
      )}
      <Field id="report-note" label={reason === 'OTHER' ? t('moderation.report.noteRequired') : t('moderation.report.noteLabel')}>
        {(control) => (
          <textarea {...control} rows={3} maxLength={MODERATION_LIMITS.reportNote.max} value={note} onChange={(event) => setNote(event.target.value)} />
        )}
      </Field>
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={pending}>
          {t('moderation.report.submit')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
