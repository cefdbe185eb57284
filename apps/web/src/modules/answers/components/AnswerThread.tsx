import { CheckIcon } from '@agora/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDetailFieldsFragment } from '../../../generated/graphql';
import { SignInPrompt } from '../../auth/components/SignInPrompt';
import { ComposingIndicator } from '../../live/components/ComposingIndicator';
import { AnswerForm } from './AnswerForm';
import { AnswerItem } from './AnswerItem';

export interface AnswerThreadProps {
  question: QuestionDetailFieldsFragment;
  viewerId: string | null;
  /** Shown instead of the reply form when the thread takes no answers (locked). */
  answersClosed?: ReactNode;
}

/** The accepted solution first, in its own box, then the other answers, then the reply form. */
export function AnswerThread({ question, viewerId, answersClosed }: AnswerThreadProps) {
  const { t } = useTranslation();
  const solution = question.answers.find((answer) => answer.isSolution);
  const others = question.answers.filter((answer) => !answer.isSolution);
  const canAccept = (authorId: string) => question.viewerCanAcceptSolution && authorId !== viewerId;

  return (
    <>
      {solution && (
        <section className="solution" aria-labelledby="solution-heading">
          <h2 id="solution-heading" className="solution__heading">
            <CheckIcon className="solution__icon" />
            {t('answer.solutionHeading')}
          </h2>
          <AnswerItem answer={solution} questionId={question.id} canAccept={false} canUnaccept={question.viewerCanAcceptSolution} />
        </section>
      )}
      {(others.length > 0 || !solution) && (
        <section className="answers" aria-labelledby="answers-heading">
          <h2 id="answers-heading" className="section-heading">
            {solution ? t('answer.otherAnswers', { count: others.length }) : t('answer.answers', { count: others.length })}
          </h2>
          {others.length === 0 && <p className="muted">{t('answer.none')}</p>}
          {others.map((answer) => (
            <AnswerItem
              key={answer.id}
              answer={answer}
              questionId={question.id}
              canAccept={canAccept(answer.author.id)}
              canUnaccept={false}
            />
          ))}
        </section>
      )}
      <section className="answer-form" aria-labelledby="answer-form-heading">
        <h2 id="answer-form-heading" className="section-heading">
          {t('answer.formHeading')}
        </h2>
        <ComposingIndicator questionId={question.id} />
        {answersClosed ?? (viewerId ? <AnswerForm questionId={question.id} /> : <SignInPrompt message={t('answer.signInToAnswer')} />)}
      </section>
    </>
  );
}
