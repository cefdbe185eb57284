import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useComposingSignal } from '../../live/hooks/useComposing';
import { usePostAnswer } from '../hooks/usePostAnswer';
import { AnswerBodyForm } from './AnswerBodyForm';

export function AnswerForm({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const post = usePostAnswer(questionId);
  const composing = useComposingSignal(questionId);
  // A new key empties the form once the answer is posted.
  const [round, setRound] = useState(0);
  // Typing tells the others "someone is writing an answer"; leaving the form or posting ends it.
  return (
    <div onInput={composing.typing} onBlur={composing.stop}>
      <AnswerBodyForm
        key={round}
        id="new-answer"
        label={t('answer.bodyLabel')}
        submitLabel={t('answer.post')}
        onSubmit={(body) => {
          composing.stop();
          return post(body);
        }}
        onSaved={() => setRound((current) => current + 1)}
      />
    </div>
  );
}
