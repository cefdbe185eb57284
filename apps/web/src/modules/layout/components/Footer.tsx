import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__about">{t('footer.about')}</p>
        <LanguageSwitch />
      </div>
    </footer>
  );
}
