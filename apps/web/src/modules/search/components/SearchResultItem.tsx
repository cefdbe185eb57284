import { SolvedBadge } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchQuery } from '../../../generated/graphql';
import { FormattedDate } from '../../common/components/FormattedDate';
import { UserTipLabel } from '../../tips/components/UserTipLabel';
import { AuthorLine } from '../../users/components/AuthorLine';

export type SearchHit = SearchQuery['search']['edges'][number]['node'];

/** Markdown emphasis and code marks read as noise in an excerpt; the API's text holds no other markup than <mark>. */
function plainExcerpt(excerpt: string): string {
  return excerpt.replace(/[*`]/g, '');
}

/**
 * One match. The title and excerpt come from the API as escaped text with the matched words in <mark>,
 * and nothing else, so they are inserted as HTML.
 */
export function SearchResultItem({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const { question } = hit;
  const isTip = question.kind === 'USER_TIP';
  const excerpt = plainExcerpt(hit.excerpt).trim();
  return (
    <li className="search-result">
      <h3 className="search-result__title">
        <Link to={`/questions/${question.id}`}>
          <span className="search-highlight" dangerouslySetInnerHTML={{ __html: hit.titleHighlight }} />
        </Link>
      </h3>
      {excerpt && <p className="search-result__excerpt search-highlight" dangerouslySetInnerHTML={{ __html: excerpt }} />}
      <div className="search-result__meta">
        <p className="search-result__facts">
          {isTip ? <UserTipLabel /> : question.isSolved && <SolvedBadge>{t('question.solved')}</SolvedBadge>}
          <Link to={`/c/${question.community.slug}`}>{question.community.name}</Link>
          <span aria-hidden="true">·</span>
          <span>
            {isTip ? t('tips.helpfulShort', { count: question.helpfulCount }) : t('question.answerCount', { count: question.answerCount })}
          </span>
        </p>
        <AuthorLine author={question.author}>
          <FormattedDate iso={question.createdAt} />
        </AuthorLine>
      </div>
    </li>
  );
}
