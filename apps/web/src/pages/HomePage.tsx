import { Card } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../modules/common/components/PageTitle';
import { CommunityGrid } from '../modules/communities/components/CommunityGrid';
import { QuestionList } from '../modules/questions/components/QuestionList';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle />
      <section className="hero">
        <h1 className="hero__title">{t('home.title')}</h1>
        <p className="hero__intro">{t('home.intro')}</p>
      </section>
      <section className="page-section" aria-labelledby="communities-heading">
        <h2 id="communities-heading" className="section-heading">
          {t('home.communities')}
        </h2>
        <CommunityGrid />
      </section>
      <section className="page-section" aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="section-heading">
          {t('home.recent')}
        </h2>
        <Card className="list-card">
          <QuestionList filter={{}} pageSize={10} showCommunity emptyMessage={t('home.noQuestions')} />
        </Card>
      </section>
    </>
  );
}
