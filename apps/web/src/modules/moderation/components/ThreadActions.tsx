import { Button, Field } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../auth/hooks/useViewer';
import { isStaffRole } from '../../auth/permissions';
import { useCommunities } from '../../communities/hooks/useCommunities';
import { useThreadModeration } from '../hooks/useThreadModeration';
import { questionIdFrom } from '../moderationText';
import { ActionForm } from './ActionForm';
import { ModerationDialog } from './ModerationDialog';

export interface ThreadActionsProps {
  question: { id: string; isLocked: boolean; isPinned: boolean; community: { id: string } };
}

type Dialog = 'move' | 'merge' | null;

/** Lock, pin, move or merge a thread: for staff only. */
export function ThreadActions({ question }: ThreadActionsProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const thread = useThreadModeration(question.id);
  const [dialog, setDialog] = useState<Dialog>(null);
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
  const close = () => setDialog(null);

  return (
    <span className="staff-actions" role="group" aria-label={t('moderation.staff.threadActions')}>
      <Button variant="ghost" size="sm" busy={pending} onClick={() => run(question.isLocked ? thread.unlock : thread.lock)}>
        {question.isLocked ? t('moderation.staff.unlock') : t('moderation.staff.lock')}
      </Button>
      <Button variant="ghost" size="sm" busy={pending} onClick={() => run(question.isPinned ? thread.unpin : thread.pin)}>
        {question.isPinned ? t('moderation.staff.unpin') : t('moderation.staff.pin')}
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setDialog('move')}>
        {t('moderation.staff.move')}
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setDialog('merge')}>
        {t('moderation.staff.merge')}
      </Button>
      {failed && (
        <span className="inline-error" role="alert">
          {t('errors.actionFailed')}
        </span>
      )}
      <ModerationDialog title={t('moderation.move.title')} open={dialog === 'move'} onClose={close}>
        <MoveForm currentCommunityId={question.community.id} onMove={async (communityId, note) => {
            await thread.move(communityId, note);
            close();
          }} onCancel={close} />
      </ModerationDialog>
      <ModerationDialog title={t('moderation.merge.title')} open={dialog === 'merge'} onClose={close}>
        <MergeForm onMerge={async (into, note) => {
            await thread.merge(into, note);
            close();
          }} onCancel={close} />
      </ModerationDialog>
    </span>
  );
}

function MoveForm({ currentCommunityId, onMove, onCancel }: { currentCommunityId: string; onMove: (communityId: string, note?: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const { communities } = useCommunities();
  const [communityId, setCommunityId] = useState(currentCommunityId);
  const [note, setNote] = useState('');
  return (
    <ActionForm submitLabel={t('moderation.move.submit')} onSubmit={() => onMove(communityId, note.trim() || undefined)} onCancel={onCancel}>
      <Field id="move-community" label={t('moderation.move.communityLabel')}>
        {(control) => (
          <select {...control} value={communityId} onChange={(event) => setCommunityId(event.target.value)}>
            {communities.map((community) => (
              <option key={community.id} value={community.id}>
                {community.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <NoteField id="move-note" value={note} onChange={setNote} />
    </ActionForm>
  );
}

function MergeForm({ onMerge, onCancel }: { onMerge: (intoQuestionId: string, note?: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [into, setInto] = useState('');
  const [note, setNote] = useState('');
  return (
    <ActionForm submitLabel={t('moderation.merge.submit')} onSubmit={() => onMerge(questionIdFrom(into), note.trim() || undefined)} onCancel={onCancel}>
      <p className="moderation-muted">{t('moderation.merge.explanation')}</p>
      <Field id="merge-into" label={t('moderation.merge.intoLabel')} hint={t('moderation.questionRefHint')}>
        {(control) => <input {...control} required value={into} onChange={(event) => setInto(event.target.value)} />}
      </Field>
      <NoteField id="merge-note" value={note} onChange={setNote} />
    </ActionForm>
  );
}

function NoteField({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Field id={id} label={t('moderation.staff.noteLabel')}>
      {(control) => <textarea {...control} rows={2} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
