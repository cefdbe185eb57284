import { SolvedBadge } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSimilarQuestions } from '../hooks/useSimilarQuestions';

export interface SimilarQuestionsProps {
  /** The title as it is being typed. */
  title: string;
  /** The community chosen in the form, if any, to look there only. */
  communityId?: string;
}

/**
 * "Maybe one of these already answers it": up to five likely duplicates under the title field, each
 * opening in a new tab so the draft stays. Nothing shows when there are none; asking is never blocked.
 * The live region stays in place so screen readers hear suggestions arrive.
 */
export function SimilarQuestions({ title, communityId }: SimilarQuestionsProps) {
  const { t } = useTranslation();
  const questions = useSimilarQuestions(title, communityId);
  return (
    <div className="similar-questions-slot" aria-live="polite">
      {questions.length > 0 && (
        <section className="similar-questions" aria-labelledby="similar-questions-heading">
          <h2 id="similar-questions-heading" className="similar-questions__heading">
            {t('similar.heading')}
          </h2>
          <ul className="similar-questions__list">
            {questions.map((question) => (
              <li key={question.id} className="similar-questions__item">
                <Link to={`/questions/${question.id}`} target="_blank" rel="noopener">
                  {question.title}
                  <span className="ui-visually-hidden"> {t('similar.newTab')}</span>
                </Link>
                <span className="similar-questions__meta">
                  {question.isSolved && <SolvedBadge>{t('question.solved')}</SolvedBadge>}
                  <span>
                    {question.community.name} · {t('question.answerCount', { count: question.answerCount })}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
