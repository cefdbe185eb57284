import { Alert, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { useCommunities } from '../hooks/useCommunities';
import { CommunityCard } from './CommunityCard';

export function CommunityGrid() {
  const { t } = useTranslation();
  const { communities, loading, error } = useCommunities();
  if (loading) return <Spinner label={t('common.loading')} />;
  if (error && communities.length === 0) return <Alert>{t('errors.loadFailed')}</Alert>;
  return (
    <ul className="community-grid">
      {communities.map((community) => (
        <li key={community.id}>
          <CommunityCard community={community} />
        </li>
      ))}
    </ul>
  );
}
