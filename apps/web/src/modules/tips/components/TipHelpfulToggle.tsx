import { useTranslation } from 'react-i18next';
import { SignInToVote, VoteToggle } from '../../common/components/VoteToggle';
import { useTipHelpful } from '../hooks/useTipHelpful';

export interface TipHelpfulToggleProps {
  tip: { id: string; helpfulCount: number; viewerHasMarkedHelpful: boolean; author: { id: string } };
  viewerId: string | null;
}

/** Members mark a User Tip helpful; its author and signed-out readers see the count, the latter with a way in. */
export function TipHelpfulToggle({ tip, viewerId }: TipHelpfulToggleProps) {
  const { t } = useTranslation();
  const { toggle, pending } = useTipHelpful(tip);
  const countText = t('tips.helpfulCount', { count: tip.helpfulCount });
  if (viewerId === null) {
    return <SignInToVote className="tip-helpful tip-helpful--passive" countText={countText} linkText={t('tips.signInToMarkHelpful')} />;
  }
  if (viewerId === tip.author.id) return <p className="tip-helpful tip-helpful--passive">{countText}</p>;
  return (
    <VoteToggle
      className="tip-helpful"
      label={t('tips.helpful')}
      count={tip.helpfulCount}
      pressed={tip.viewerHasMarkedHelpful}
      pending={pending}
      toggle={toggle}
    />
  );
}
