import { SolvedBadge } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuestionSummaryFieldsFragment } from '../../../generated/graphql';
import { FormattedDate } from '../../common/components/FormattedDate';
import { UserTipLabel } from '../../tips/components/UserTipLabel';
import { AuthorLine } from '../../users/components/AuthorLine';

export function QuestionListItem({ question, showCommunity }: { question: QuestionSummaryFieldsFragment; showCommunity: boolean }) {
  const { t } = useTranslation();
  const isTip = question.kind === 'USER_TIP';
  return (
    <li className="question-item">
      <div className="question-item__main">
        <h3 className="question-item__title">
          <Link to={`/questions/${question.id}`}>{question.title}</Link>
        </h3>
        <AuthorLine author={question.author}>
          <FormattedDate iso={question.createdAt} />
          {showCommunity && (
            <>
              {' · '}
              <Link to={`/c/${question.community.slug}`}>{question.community.name}</Link>
            </>
          )}
        </AuthorLine>
      </div>
      <div className="question-item__stats">
        {isTip ? (
          <>
            <UserTipLabel />
            <span className="question-item__count">{t('tips.helpfulShort', { count: question.helpfulCount })}</span>
          </>
        ) : (
          <>
            {question.isSolved && <SolvedBadge>{t('question.solved')}</SolvedBadge>}
            <span className="question-item__count">{t('question.answerCount', { count: question.answerCount })}</span>
            <span className="question-item__count">{t('question.meTooShort', { count: question.meTooCount })}</span>
          </>
        )}
      </div>
    </li>
  );
}
