import { useTranslation } from 'react-i18next';
import type { CommunityFieldsFragment } from '../../../generated/graphql';

export function CommunityStats({ community }: { community: CommunityFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <p className="community-stats">
      <span>{t('community.questionCount', { count: community.questionCount })}</span>
      <span aria-hidden="true"> · </span>
      <span>{t('community.solvedCount', { count: community.solvedCount })}</span>
    </p>
  );
}
