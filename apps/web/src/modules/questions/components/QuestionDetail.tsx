import { Button, Card, SolvedBadge } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDetailFieldsFragment } from '../../../generated/graphql';
import { FormattedDate } from '../../common/components/FormattedDate';
import { PostModerationNotice } from '../../moderation/components/PostModerationNotice';
import { QuestionModerationBar } from '../../moderation/components/QuestionModerationBar';
import { FollowQuestionButton } from '../../notifications/components/FollowQuestionButton';
import { TipHelpfulToggle } from '../../tips/components/TipHelpfulToggle';
import { UserTipLabel } from '../../tips/components/UserTipLabel';
import { AuthorLine } from '../../users/components/AuthorLine';
import { EditQuestionForm } from './EditQuestionForm';
import { MeTooToggle } from './MeTooToggle';
import { TagList } from './TagList';

/** A question, or a User Tip: the same page, where a tip takes helpful marks instead of "me too". */
export function QuestionDetail({ question, viewerId }: { question: QuestionDetailFieldsFragment; viewerId: string | null }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const isTip = question.kind === 'USER_TIP';

  if (editing) {
    return (
      <Card as="article" className="question-detail">
        <h1 className="question-detail__title">{isTip ? t('tips.editTitle') : t('question.editTitle')}</h1>
        <EditQuestionForm question={question} onDone={() => setEditing(false)} />
      </Card>
    );
  }
  return (
    <Card as="article" className="question-detail" aria-labelledby="question-title">
      {isTip && (
        <div className="question-detail__kicker">
          <UserTipLabel />
        </div>
      )}
      <PostModerationNotice postId={question.id} authorId={question.author.id} state={question.moderationState} reason={question.moderationReason} />
      <header className="question-detail__header">
        <h1 id="question-title" className="question-detail__title">
          {question.title}
        </h1>
        {question.isSolved && <SolvedBadge>{t('question.solved')}</SolvedBadge>}
      </header>
      <AuthorLine author={question.author}>
        {isTip ? t('tips.published') : t('question.asked')} <FormattedDate iso={question.createdAt} />
        {' · '}
        {t('question.views', { count: question.viewCount })}
        {question.editedAt && ` · ${t('common.edited')}`}
      </AuthorLine>
      <TagList tags={question.tags} />
      <div className="prose" dangerouslySetInnerHTML={{ __html: question.bodyHtml }} />
      <footer className="question-detail__actions">
        {isTip ? (
          <TipHelpfulToggle tip={question} viewerId={viewerId} />
        ) : (
          question.author.id !== viewerId && <MeTooToggle question={question} signedIn={viewerId !== null} />
        )}
        {viewerId && !isTip && <FollowQuestionButton questionId={question.id} />}
        {question.viewerCanEdit && (
          <Button variant="ghost" size="sm" onClick={() => setEditing(true)}>
            {isTip ? t('tips.edit') : t('question.edit')}
          </Button>
        )}
        <QuestionModerationBar question={question} />
      </footer>
    </Card>
  );
}
