import { useTranslation } from 'react-i18next';
import { SignInToVote, VoteToggle } from '../../common/components/VoteToggle';
import { useMeToo } from '../hooks/useMeToo';

export interface MeTooToggleProps {
  question: { id: string; meTooCount: number; viewerHasMeToo: boolean };
  signedIn: boolean;
}

export function MeTooToggle({ question, signedIn }: MeTooToggleProps) {
  const { t } = useTranslation();
  const { toggle, pending } = useMeToo(question);
  if (!signedIn) {
    const countText = t('question.meTooCount', { count: question.meTooCount });
    return <SignInToVote className="me-too me-too--signed-out" countText={countText} linkText={t('question.meTooSignIn')} />;
  }
  return (
    <VoteToggle
      className="me-too"
      label={t('question.meToo')}
      count={question.meTooCount}
      pressed={question.viewerHasMeToo}
      pending={pending}
      toggle={toggle}
    />
  );
}
