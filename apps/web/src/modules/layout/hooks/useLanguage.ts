import { useTranslation } from 'react-i18next';
import { type Language, LANGUAGE_STORAGE_KEY, LANGUAGES } from '../../../i18n/i18n';

function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/** The UI language; a choice made here is remembered over the browser's preference. */
export function useLanguage() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const change = (next: Language) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Without storage the choice still applies to this visit.
    }
    void i18n.changeLanguage(next);
  };
  return { language, languages: LANGUAGES, change };
}
