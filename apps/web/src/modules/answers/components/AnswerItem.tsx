import { Button, Pill, StarIcon } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerFieldsFragment } from '../../../generated/graphql';
import { FormattedDate } from '../../common/components/FormattedDate';
import { AnswerModerationBar } from '../../moderation/components/AnswerModerationBar';
import { PostModerationNotice } from '../../moderation/components/PostModerationNotice';
import { AuthorLine } from '../../users/components/AuthorLine';
import { useEditAnswer } from '../hooks/useEditAnswer';
import { useSolution } from '../hooks/useSolution';
import { AnswerBodyForm } from './AnswerBodyForm';
import { HelpfulToggle } from './HelpfulToggle';

export interface AnswerItemProps {
  answer: AnswerFieldsFragment;
  questionId: string;
  /** The viewer may pick this answer as the solution. */
  canAccept: boolean;
  /** The viewer may take back this answer's solution mark. */
  canUnaccept: boolean;
}

export function AnswerItem({ answer, questionId, canAccept, canUnaccept }: AnswerItemProps) {
  const { t } = useTranslation();
  const edit = useEditAnswer(answer.id);
  const solution = useSolution(questionId);
  const [editing, setEditing] = useState(false);
  const [failed, setFailed] = useState(false);

  const run = (action: () => Promise<void>) => {
    setFailed(false);
    action().catch(() => setFailed(true));
  };

  // Members get a placeholder without the text; its author and staff get the answer with the reason.
  if (answer.moderationState === 'HIDDEN' && !answer.bodyHtml) {
    return (
      <article id={`answer-${answer.id}`} className="answer answer--hidden" aria-label={t('moderation.notice.hiddenAnswer')}>
        <p className="moderation-notice">{t('moderation.notice.hiddenForMembers')}</p>
      </article>
    );
  }

  return (
    <article
      id={`answer-${answer.id}`}
      className={answer.recommendedAt ? 'answer answer--recommended' : 'answer'}
      aria-label={t('answer.byAuthor', { name: answer.author.displayName })}
    >
      {answer.recommendedAt && (
        <p className="answer__recommended">
          <Pill tone="recommended" icon={<StarIcon />}>
            {t('answer.recommended')}
          </Pill>
          <span className="answer__recommended-detail">
            {t('answer.recommendedBy')} <FormattedDate iso={answer.recommendedAt} />
          </span>
        </p>
      )}
      <PostModerationNotice postId={answer.id} authorId={answer.author.id} state={answer.moderationState} reason={answer.moderationReason} />
      <AuthorLine author={answer.author}>
        {t('answer.answered')} <FormattedDate iso={answer.createdAt} />
        {answer.editedAt && ` · ${t('common.edited')}`}
      </AuthorLine>
      {editing ? (
        <AnswerBodyForm
          id={`edit-answer-${answer.id}`}
          label={t('answer.editLabel')}
          initialBody={answer.body}
          submitLabel={t('common.save')}
          onSubmit={edit}
          onSaved={() => setEditing(false)}
          secondaryAction={
            <Button variant="ghost" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
          }
        />
      ) : (
        <div className="prose" dangerouslySetInnerHTML={{ __html: answer.bodyHtml }} />
      )}
      {!editing && (
        <footer className="answer__actions">
          {answer.viewerCanMarkHelpful ? (
            <HelpfulToggle answer={answer} onError={() => setFailed(true)} />
          ) : (
            <span className="answer__helpful-count">{t('answer.helpfulCount', { count: answer.helpfulCount })}</span>
          )}
          {canAccept && (
            <Button size="sm" busy={solution.pending} onClick={() => run(() => solution.accept(answer.id))}>
              {t('answer.accept')}
            </Button>
          )}
          {canUnaccept && (
            <Button variant="ghost" size="sm" busy={solution.pending} onClick={() => run(solution.unaccept)}>
              {t('answer.unaccept')}
            </Button>
          )}
          {answer.viewerCanEdit && (
            <Button variant="ghost" size="sm" onClick={() => setEditing(true)}>
              {t('answer.edit')}
            </Button>
          )}
          <AnswerModerationBar answer={answer} />
          {failed && (
            <span className="inline-error" role="alert">
              {t('errors.actionFailed')}
            </span>
          )}
        </footer>
      )}
    </article>
  );
}
