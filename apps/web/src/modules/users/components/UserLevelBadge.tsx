import { LevelBadge } from '@agora/ui';
import { useTranslation } from 'react-i18next';

export function UserLevelBadge({ level }: { level: number }) {
  const { t } = useTranslation();
  return <LevelBadge level={level}>{t('level.badge', { level })}</LevelBadge>;
}
