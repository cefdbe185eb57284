import { BadgeMedal, TierLabel } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import type { BadgeFieldsFragment } from '../../../generated/graphql';
import { useBadgeText } from '../hooks/useBadgeText';

/** Medal, translated name and tier, then the description: the top of every badge card. */
export function BadgeHeading({ badge }: { badge: BadgeFieldsFragment }) {
  const { t } = useTranslation();
  const text = useBadgeText()(badge);
  return (
    <div className="badge-heading">
      <BadgeMedal tier={badge.tier} />
      <div className="badge-heading__text">
        <h3 className="badge-heading__name">{text.name}</h3>
        <TierLabel tier={badge.tier}>{t(`badgeTier.${badge.tier}`)}</TierLabel>
        <p className="badge-heading__description">{text.description}</p>
      </div>
    </div>
  );
}
