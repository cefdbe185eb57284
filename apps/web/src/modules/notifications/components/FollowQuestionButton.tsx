import { useTranslation } from 'react-i18next';
import { useQuestionFollow } from '../hooks/useFollow';
import { FollowToggle } from './FollowToggle';

/** For signed-in members: hear about each new answer to this question. */
export function FollowQuestionButton({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const state = useQuestionFollow(questionId);
  return <FollowToggle state={state} label={t('live.follow.question')} hint={t('live.follow.questionHint')} />;
}
