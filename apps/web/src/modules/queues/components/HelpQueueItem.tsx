import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuestionSummaryFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { TagList } from '../../questions/components/TagList';
import { AuthorLine } from '../../users/components/AuthorLine';

/** A question waiting for help: how long it has waited comes first ("asked 9 days ago"). */
export function HelpQueueItem({ question }: { question: QuestionSummaryFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <li className="question-item">
      <div className="question-item__main">
        <h3 className="question-item__title">
          <Link to={`/questions/${question.id}`}>{question.title}</Link>
        </h3>
        <AuthorLine author={question.author}>
          <time dateTime={question.createdAt} title={format.dateTime(question.createdAt)}>
            {t('queues.asked', { ago: format.ago(question.createdAt) })}
          </time>
          {' · '}
          <Link to={`/c/${question.community.slug}`}>{question.community.name}</Link>
        </AuthorLine>
        {question.tags.length > 0 && (
          <div className="help-queue-item__tags">
            <TagList tags={question.tags} />
          </div>
        )}
      </div>
      <div className="question-item__stats">
        <span className="question-item__count">{t('question.answerCount', { count: question.answerCount })}</span>
        <span className="question-item__count">{t('question.meTooShort', { count: question.meTooCount })}</span>
      </div>
    </li>
  );
}
