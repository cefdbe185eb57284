import { useTranslation } from 'react-i18next';

/** React places this in the document head, so every page names itself in the tab and to screen readers. */
export function PageTitle({ children }: { children?: string }) {
  const { t } = useTranslation();
  return <title>{children ? t('app.pageTitle', { page: children }) : t('app.name')}</title>;
}
