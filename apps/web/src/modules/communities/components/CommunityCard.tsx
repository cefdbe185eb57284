import { Card } from '@agora/ui';
import { Link } from 'react-router';
import type { CommunityFieldsFragment } from '../../../generated/graphql';
import { CommunityStats } from './CommunityStats';

export function CommunityCard({ community }: { community: CommunityFieldsFragment }) {
  return (
    <Card as="article" className="community-card">
      <h3 className="community-card__name">
        <Link to={`/c/${community.slug}`}>{community.name}</Link>
      </h3>
      <p className="community-card__description">{community.description}</p>
      <CommunityStats community={community} />
    </Card>
  );
}
