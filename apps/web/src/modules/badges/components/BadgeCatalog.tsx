import { Alert, Avatar, EmptyState, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BadgeCatalogQuery, BadgeTier } from '../../../generated/graphql';
import { UserLevelBadge } from '../../users/components/UserLevelBadge';
import { useBadgeCatalog } from '../hooks/useBadgeCatalog';
import { BadgeHeading } from './BadgeHeading';

/** From the first steps to the rarest: the order members earn them in. */
const TIERS: readonly BadgeTier[] = ['BRONZE', 'SILVER', 'GOLD'];
const HOLDERS_SHOWN = 5;

type CatalogBadge = BadgeCatalogQuery['badges'][number];

export function BadgeCatalog() {
  const { t } = useTranslation();
  const { badges, loading, error } = useBadgeCatalog(HOLDERS_SHOWN);
  if (loading) return <Spinner label={t('common.loading')} />;
  if (error) return <Alert>{t('errors.loadFailed')}</Alert>;
  if (badges.length === 0) return <EmptyState title={t('badgeCatalog.empty')} />;
  return (
    <>
      {TIERS.map((tier) => {
        const inTier = badges.filter((badge) => badge.tier === tier);
        if (inTier.length === 0) return null;
        return (
          <section key={tier} className="page-section badge-tier" aria-labelledby={`tier-${tier}`}>
            <h2 id={`tier-${tier}`} className={`section-heading badge-tier__heading badge-tier__heading--${tier.toLowerCase()}`}>
              {t(`badgeCatalog.tierHeading.${tier}`)}
            </h2>
            <ul className="badge-grid">
              {inTier.map((badge) => (
                <CatalogEntry key={badge.id} badge={badge} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function CatalogEntry({ badge }: { badge: CatalogBadge }) {
  const { t } = useTranslation();
  return (
    <li className="badge-card">
      <BadgeHeading badge={badge} />
      <p className="badge-card__meta">
        {badge.holderCount === 0 ? t('badgeCatalog.noHolders') : t('badgeCatalog.holderCount', { count: badge.holderCount })}
      </p>
      {badge.holders.length > 0 && (
        <ul className="badge-holders" aria-label={t('badgeCatalog.recentHolders')}>
          {badge.holders.map((holder) => (
            <li key={holder.id} className="badge-holders__item">
              <Avatar name={holder.displayName} size="sm" />
              <Link className="badge-holders__name" to={`/users/${holder.id}`}>
                {holder.displayName}
              </Link>
              <UserLevelBadge level={holder.level} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
