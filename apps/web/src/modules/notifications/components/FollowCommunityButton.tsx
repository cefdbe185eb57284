import { useTranslation } from 'react-i18next';
import { useCommunityFollow } from '../hooks/useFollow';
import { FollowToggle } from './FollowToggle';

/** For signed-in members: hear about each new question in this community. */
export function FollowCommunityButton({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const state = useCommunityFollow(slug);
  if (!state.communityId) return null;
  return <FollowToggle state={state} label={t('live.follow.community')} hint={t('live.follow.communityHint')} />;
}
