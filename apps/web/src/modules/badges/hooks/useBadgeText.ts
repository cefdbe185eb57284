import { useTranslation } from 'react-i18next';
import type { BadgeFieldsFragment } from '../../../generated/graphql';
import type en from '../../../i18n/locales/en.json';

type KnownBadgeId = keyof typeof en.badges;

/**
 * A badge's name and description in the reader's language, by its id. The API writes them in English;
 * a badge added to the API before the translations falls back to that text.
 */
export function useBadgeText() {
  const { t, i18n } = useTranslation();
  return (badge: Pick<BadgeFieldsFragment, 'id' | 'name' | 'description'>) => {
    const id = badge.id as KnownBadgeId;
    if (!i18n.exists(`badges.${id}.name`)) return { name: badge.name, description: badge.description };
    return { name: t(`badges.${id}.name`), description: t(`badges.${id}.description`) };
  };
}
