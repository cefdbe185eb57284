import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import liveEn from './locales/live.en.json';
import liveFr from './locales/live.fr.json';
import moderationEn from './locales/moderation.en.json';
import moderationFr from './locales/moderation.fr.json';

/** Large features keep their texts in files of their own, under a key of their own. */
export const english = { ...en, live: liveEn, moderation: moderationEn };
const french = { ...fr, live: liveFr, moderation: moderationFr };

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where an explicit choice from the language switch is kept; without one, the browser's language decides. */
export const LANGUAGE_STORAGE_KEY = 'agora.language';

/** Every key of a translation tree, with any text; French may add plural forms English lacks ("_many"). */
type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: english }, fr: { translation: french satisfies SameKeys<typeof english> } },
    supportedLngs: LANGUAGES,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: [],
      convertDetectedLanguage: (language: string) => language.split('-')[0],
    },
  });

const syncDocumentLanguage = (language: string) => document.documentElement.setAttribute('lang', language);
syncDocumentLanguage(i18n.resolvedLanguage ?? 'en');
i18n.on('languageChanged', () => syncDocumentLanguage(i18n.resolvedLanguage ?? 'en'));

export { i18n };
