import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n';
import { useLanguage } from '../hooks/useLanguage';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, languages, change } = useLanguage();
  return (
    <div className="language-switch">
      <label htmlFor="language-switch">{t('footer.language')}</label>
      <select id="language-switch" value={language} onChange={(event) => change(event.target.value as Language)}>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`languages.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
