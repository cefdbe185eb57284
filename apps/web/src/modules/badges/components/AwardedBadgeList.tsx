import { EmptyState } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AwardedBadgeFieldsFragment } from '../../../generated/graphql';
import { FormattedDate } from '../../common/components/FormattedDate';
import { BadgeHeading } from './BadgeHeading';

/** The badges one member holds, oldest first, each with when (and, for per-community ones, where) it was earned. */
export function AwardedBadgeList({ awarded }: { awarded: AwardedBadgeFieldsFragment[] }) {
  const { t } = useTranslation();
  if (awarded.length === 0) return <EmptyState title={t('profileBadges.none')} headingLevel={3} />;
  return (
    <ul className="badge-grid">
      {awarded.map((item) => (
        <li key={`${item.badge.id}:${item.community?.id ?? ''}`} className="badge-card">
          <BadgeHeading badge={item.badge} />
          <p className="badge-card__meta">
            {t('profileBadges.earned')} <FormattedDate iso={item.awardedAt} />
            {item.community && (
              <>
                {' · '}
                {t('profileBadges.inCommunity')} <Link to={`/c/${item.community.slug}`}>{item.community.name}</Link>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
