import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { searchPath } from '../searchQuery';

const TIPS = ['phrase', 'or', 'exclude', 'solved', 'tag', 'community', 'user', 'dates'] as const;

/** How to write a search: phrases, OR, exclusions and the operators, each with an example that runs it. */
export function SearchTips() {
  const { t } = useTranslation();
  return (
    <div className="search-tips">
      <h2 className="search-tips__heading">{t('search.tips.heading')}</h2>
      <ul className="search-tips__list">
        {TIPS.map((tip) => {
          const example = t(`search.tips.${tip}.example`);
          return (
            <li key={tip}>
              <Link className="search-tips__example" to={searchPath({ q: example, sort: 'RELEVANCE' })}>
                <code>{example}</code>
              </Link>
              <span>{t(`search.tips.${tip}.text`)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
