import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCommunities } from '../hooks/useCommunities';

export function CommunityNav() {
  const { t } = useTranslation();
  const { communities } = useCommunities();
  return (
    <nav className="community-nav" aria-label={t('nav.communities')}>
      <ul>
        {communities.map((community) => (
          <li key={community.id}>
            <NavLink to={`/c/${community.slug}`}>{community.name}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
