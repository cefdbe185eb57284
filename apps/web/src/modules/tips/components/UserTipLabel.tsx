import { LightbulbIcon, Pill } from '@agora/ui';
import { useTranslation } from 'react-i18next';

export function UserTipLabel() {
  const { t } = useTranslation();
  return (
    <Pill tone="tip" icon={<LightbulbIcon />}>
      {t('tips.label')}
    </Pill>
  );
}
