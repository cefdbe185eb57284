import { useTranslation } from 'react-i18next';
import { BadgeCatalog } from '../modules/badges/components/BadgeCatalog';
import { PageTitle } from '../modules/common/components/PageTitle';

/** `/badges`: every badge, by tier, with who holds it. */
export function BadgesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('badgeCatalog.title')}</PageTitle>
      <header className="page-header page-header--tight">
        <div className="page-header__text">
          <h1 className="page-header__title">{t('badgeCatalog.title')}</h1>
          <p className="page-header__description">{t('badgeCatalog.intro')}</p>
        </div>
      </header>
      <BadgeCatalog />
    </>
  );
}
