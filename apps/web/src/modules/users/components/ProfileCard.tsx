import { Role } from '@agora/shared';
import { Avatar, Card } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import type { UserProfileQuery } from '../../../generated/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { LevelProgress } from './LevelProgress';
import { UserLevelBadge } from './UserLevelBadge';

type ProfileUser = NonNullable<UserProfileQuery['user']>;

export function ProfileCard({ user }: { user: ProfileUser }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Card as="section" className="profile-card" aria-labelledby="profile-name">
      <div className="profile-card__identity">
        <Avatar name={user.displayName} size="lg" />
        <div>
          <h1 id="profile-name" className="profile-card__name">
            {user.displayName}
          </h1>
          <div className="profile-card__badges">
            <UserLevelBadge level={user.level} />
            {user.role !== Role.MEMBER && <span className="role-badge">{t(`roles.${user.role}`)}</span>}
          </div>
          <p className="profile-card__since">{t('profile.memberSince', { date: format.month(user.createdAt) })}</p>
        </div>
      </div>
      <div className="profile-card__points">
        <p className="profile-card__reputation">{t('profile.points', { count: user.reputation })}</p>
        <LevelProgress level={user.level} reputation={user.reputation} nextLevelAt={user.nextLevelAt} />
      </div>
      <ul className="profile-card__stats" aria-label={t('profile.statsLabel')}>
        <li>{t('profile.questions', { count: user.questionCount })}</li>
        <li>{t('profile.answers', { count: user.answerCount })}</li>
        <li>{t('profile.solutions', { count: user.solutionCount })}</li>
        <li>{t('profile.helpfulMarks', { count: user.helpfulCount })}</li>
      </ul>
    </Card>
  );
}
