import { ToggleButton } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import type { AnswerFieldsFragment } from '../../../generated/graphql';
import { useHelpful } from '../hooks/useHelpful';

export function HelpfulToggle({ answer, onError }: { answer: AnswerFieldsFragment; onError: () => void }) {
  const { t } = useTranslation();
  const { toggle, pending } = useHelpful(answer);
  return (
    <ToggleButton size="sm" pressed={answer.viewerHasMarkedHelpful} disabled={pending} onClick={() => toggle().catch(onError)}>
      {t('answer.helpful')}
      <span className="count-pill">{answer.helpfulCount}</span>
    </ToggleButton>
  );
}
