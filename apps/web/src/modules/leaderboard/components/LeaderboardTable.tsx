import { Avatar } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LeaderboardQuery } from '../../../generated/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { UserLevelBadge } from '../../users/components/UserLevelBadge';

export interface LeaderboardTableProps {
  entries: LeaderboardQuery['leaderboard'];
  /** Says what the table ranks, for screen readers ("Top members this week in Phones"). */
  caption: string;
  busy: boolean;
}

export function LeaderboardTable({ entries, caption, busy }: LeaderboardTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <table className="leaderboard-table" aria-busy={busy || undefined}>
      <caption className="ui-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="leaderboard-table__rank">
            {t('leaderboard.columns.rank')}
          </th>
          <th scope="col">{t('leaderboard.columns.member')}</th>
          <th scope="col" className="leaderboard-table__points">
            {t('leaderboard.columns.points')}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.user.id}>
            <td className="leaderboard-table__rank">
              <span className={entry.rank <= 3 ? `rank rank--${entry.rank}` : 'rank'}>{format.number(entry.rank)}</span>
            </td>
            <th scope="row" className="leaderboard-table__member">
              <span className="leaderboard-member">
                <Avatar name={entry.user.displayName} size="md" />
                <Link className="leaderboard-member__name" to={`/users/${entry.user.id}`}>
                  {entry.user.displayName}
                </Link>
                <UserLevelBadge level={entry.user.level} />
              </span>
            </th>
            <td className="leaderboard-table__points">{format.number(entry.points)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
