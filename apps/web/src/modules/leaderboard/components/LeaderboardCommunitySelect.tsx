import { useTranslation } from 'react-i18next';
import type { CommunityFieldsFragment } from '../../../generated/graphql';

export interface LeaderboardCommunitySelectProps {
  communities: CommunityFieldsFragment[];
  /** A slug, or null for every community. */
  value: string | null;
  onChange: (slug: string | null) => void;
}

export function LeaderboardCommunitySelect({ communities, value, onChange }: LeaderboardCommunitySelectProps) {
  const { t } = useTranslation();
  return (
    <div className="leaderboard-controls__community">
      <label htmlFor="leaderboard-community">{t('leaderboard.communityLabel')}</label>
      <select id="leaderboard-community" value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('leaderboard.allCommunities')}</option>
        {communities.map((community) => (
          <option key={community.id} value={community.slug}>
            {community.name}
          </option>
        ))}
      </select>
    </div>
  );
}
