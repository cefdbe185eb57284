import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePostAnswer } from '../hooks/usePostAnswer';
import { AnswerBodyForm } from './AnswerBodyForm';

export function AnswerForm({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const post = usePostAnswer(questionId);
  // A new key empties the form once the answer is posted.
  const [round, setRound] = useState(0);
  return (
    <AnswerBodyForm
      key={round}
      id="new-answer"
      label={t('answer.bodyLabel')}
      submitLabel={t('answer.post')}
      onSubmit={post}
      onSaved={() => setRound((current) => current + 1)}
    />
  );
}
