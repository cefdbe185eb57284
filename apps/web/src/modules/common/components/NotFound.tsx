import { buttonClassName, EmptyState } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle';

/** The whole-page answer to a link that leads nowhere: an unknown address, question, community or person. */
export function NotFound({ title, message }: { title?: string; message?: string }) {
  const { t } = useTranslation();
  const heading = title ?? t('notFound.title');
  return (
    <div className="not-found">
      <PageTitle>{heading}</PageTitle>
      <EmptyState
        title={heading}
        headingLevel={1}
        action={
          <Link className={buttonClassName({ variant: 'primary' })} to="/">
            {t('notFound.home')}
          </Link>
        }
      >
        <p>{message ?? t('notFound.message')}</p>
      </EmptyState>
    </div>
  );
}
