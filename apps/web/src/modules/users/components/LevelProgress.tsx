import { LEVEL_THRESHOLDS } from '@agora/shared';
import { ProgressBar } from '@agora/ui';
import { useTranslation } from 'react-i18next';

export interface LevelProgressProps {
  level: number;
  reputation: number;
  /** Where the next level starts; null at the top level. */
  nextLevelAt: number | null;
}

export function LevelProgress({ level, reputation, nextLevelAt }: LevelProgressProps) {
  const { t } = useTranslation();
  if (nextLevelAt === null) return <p className="level-progress__caption">{t('profile.topLevel')}</p>;
  return (
    <div className="level-progress">
      <ProgressBar
        value={reputation}
        min={LEVEL_THRESHOLDS[level - 1] ?? 0}
        max={nextLevelAt}
        label={t('profile.progressLabel', { level: level + 1 })}
      />
      <p className="level-progress__caption">
        {t('profile.pointsToNextLevel', { count: nextLevelAt - reputation, level: level + 1 })}
      </p>
    </div>
  );
}
