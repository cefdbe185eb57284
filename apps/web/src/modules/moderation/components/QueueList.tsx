import { Alert, Button, EmptyState, LoadMore, Spinner } from '@agora/ui';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { DismissUserReportsDocument } from '../../../generated/graphql';
import type { useModerationQueue } from '../hooks/useModerationQueue';
import { type PostTarget, usePostModeration } from '../hooks/usePostModeration';
import { ModerationDialog } from './ModerationDialog';
import { type QueueItem, QueueItemCard } from './QueueItemCard';
import { RemoveForm } from './RemoveForm';

type Queue = ReturnType<typeof useModerationQueue>;

function targetOf(item: QueueItem): PostTarget | null {
  if (item.targetType === 'ANSWER') return { answerId: item.targetId };
  if (item.targetType === 'QUESTION') return { questionId: item.targetId };
  return null;
}

/**
 * The queue as a list that works from the keyboard: j/k (or the arrows) move, x selects, a approves,
 * h hides, r removes; with items selected, a/h/r act on all of them at once.
 */
export function QueueList({ queue }: { queue: Queue }) {
  const { t } = useTranslation();
  const moderation = usePostModeration();
  const [dismissReports] = useMutation(DismissUserReportsDocument, { refetchQueries: ['ModerationQueue'] });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focusedIndex, setFocusedIndex] = useState(0);
  const [removing, setRemoving] = useState<QueueItem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const { items } = queue;

  const postItems = (chosen: QueueItem[]) => chosen.filter((item) => targetOf(item) && !item.appeal);
  const selection = items.filter((item) => selected.has(item.id));
  const focused = items[Math.min(focusedIndex, items.length - 1)];
  const actionable = selection.length > 0 ? selection : focused ? [focused] : [];

  const run = async (chosen: QueueItem[], act: (target: PostTarget) => Promise<void>) => {
    const targets = postItems(chosen);
    if (targets.length === 0) return;
    setBusy(true);
    setFailed(false);
    try {
      // One at a time: each settles its queue item in its own transaction.
      for (const item of targets) await act(targetOf(item) as PostTarget);
      setSelected(new Set());
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const approve = (chosen: QueueItem[]) => void run(chosen, (target) => moderation.approve(target));
  const hide = (chosen: QueueItem[]) => void run(chosen, (target) => moderation.hide(target));
  const askRemove = (chosen: QueueItem[]) => {
    if (postItems(chosen).length > 0) setRemoving(postItems(chosen));
  };
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const focusItem = (index: number) => {
    const bounded = Math.max(0, Math.min(index, items.length - 1));
    setFocusedIndex(bounded);
    list.current?.querySelectorAll<HTMLElement>('[data-queue-item]')[bounded]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    // Typing in a field (an appeal answer, a note) is not a shortcut.
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement) return;
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    const shortcuts: Record<string, () => void> = {
      j: () => focusItem(focusedIndex + 1),
      ArrowDown: () => focusItem(focusedIndex + 1),
      k: () => focusItem(focusedIndex - 1),
      ArrowUp: () => focusItem(focusedIndex - 1),
      x: () => focused && toggle(focused.id),
      a: () => approve(actionable),
      h: () => hide(actionable),
      r: () => askRemove(actionable),
    };
    const shortcut = shortcuts[event.key];
    if (!shortcut) return;
    event.preventDefault();
    shortcut();
  };

  if (queue.firstLoad) return <Spinner label={t('common.loading')} />;
  if (queue.error) return <Alert>{t('errors.loadFailed')}</Alert>;
  if (items.length === 0) return <EmptyState title={t('moderation.queue.empty')} />;

  return (
    <>
      <p className="moderation-muted" id="queue-shortcuts">
        {t('moderation.queue.shortcuts')}
      </p>
      <div className="queue-bulk" role="group" aria-label={t('moderation.queue.bulkLabel')}>
        <label className="moderation-choice">
          <input
            type="checkbox"
            checked={selection.length === items.length}
            onChange={() => setSelected(selection.length === items.length ? new Set() : new Set(items.map((item) => item.id)))}
          />
          {t('moderation.queue.selectAll')}
        </label>
        <span role="status">{t('moderation.queue.selected', { count: selection.length })}</span>
        <Button size="sm" disabled={selection.length === 0} busy={busy} onClick={() => approve(selection)}>
          {t('moderation.queue.approveSelected')}
        </Button>
        <Button size="sm" disabled={selection.length === 0} busy={busy} onClick={() => hide(selection)}>
          {t('moderation.queue.hideSelected')}
        </Button>
        <Button size="sm" disabled={selection.length === 0} busy={busy} onClick={() => askRemove(selection)}>
          {t('moderation.queue.removeSelected')}
        </Button>
        {failed && (
          <span className="inline-error" role="alert">
            {t('errors.actionFailed')}
          </span>
        )}
      </div>
      <ul className="queue-list" ref={list} onKeyDown={onKeyDown} aria-describedby="queue-shortcuts" aria-label={t('moderation.queue.listLabel')}>
        {items.map((item, index) => (
          <QueueItemCard
            key={item.id}
            item={item}
            selected={selected.has(item.id)}
            focused={item === focused}
            busy={busy}
            onToggle={() => toggle(item.id)}
            onFocus={() => setFocusedIndex(index)}
            onApprove={() => approve([item])}
            onHide={() => hide([item])}
            onRemove={() => askRemove([item])}
            onDismissUser={() => void dismissReports({ variables: { input: { userId: item.targetId } } }).catch(() => setFailed(true))}
          />
        ))}
      </ul>
      <LoadMore hasMore={queue.hasMore} loading={queue.loading} onLoadMore={queue.loadMore}>
        {t('common.loadMore')}
      </LoadMore>
      <ModerationDialog title={t('moderation.remove.title')} open={removing !== null} onClose={() => setRemoving(null)}>
        <RemoveForm
          idPrefix="queue-remove"
          onCancel={() => setRemoving(null)}
          onRemove={async (reason, note) => {
            const chosen = removing ?? [];
            for (const item of chosen) await moderation.remove(targetOf(item) as PostTarget, reason, note);
            setSelected(new Set());
            setRemoving(null);
          }}
        />
      </ModerationDialog>
    </>
  );
}
