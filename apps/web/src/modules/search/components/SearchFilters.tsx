import { FilterChip, ToggleButton } from '@agora/ui';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { CommunitySelect } from '../../communities/components/CommunitySelect';
import { findOperators, type SearchOperator, withCommunity, withoutTokens, withSolved } from '../searchQuery';

export interface SearchFiltersProps {
  query: string;
  communities: CommunityFieldsFragment[];
  /** Called with the rewritten query. */
  onChange: (query: string) => void;
}

type Formatters = ReturnType<typeof useFormatters>;

/** "Solved", "Tag: wifi", "Community: Phones", "By: Léa Martin", "After Jan 1, 2026". */
function chipLabel(operator: SearchOperator, t: TFunction, communities: CommunityFieldsFragment[], format: Formatters): string {
  switch (operator.kind) {
    case 'solved':
      return operator.value ? t('search.chips.solved') : t('search.chips.unsolved');
    case 'tag':
      return t('search.chips.tag', { tag: operator.value });
    case 'community': {
      const community = communities.find((candidate) => candidate.slug === operator.value.toLowerCase());
      return t('search.chips.community', { community: community?.name ?? operator.value });
    }
    case 'user':
      return t('search.chips.user', { name: operator.value });
    case 'before':
      return t('search.chips.before', { date: format.day(operator.value) });
    case 'after':
      return t('search.chips.after', { date: format.day(operator.value) });
  }
}

/**
 * The operators in the query as removable chips, and quick ways to add the common ones. Every change
 * rewrites the query itself, so the field, the URL and the results always agree.
 */
export function SearchFilters({ query, communities, onChange }: SearchFiltersProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const tokens = findOperators(query);
  const solvedTokens = tokens.filter((token) => token.operator.kind === 'solved');
  const solved = solvedTokens.length > 0 ? (solvedTokens[solvedTokens.length - 1].operator.value as boolean) : null;
  const communityTokens = tokens.filter((token) => token.operator.kind === 'community');
  const communitySlug = communityTokens.length === 1 ? String(communityTokens[0].operator.value).toLowerCase() : '';
  const community = communities.some((candidate) => candidate.slug === communitySlug) ? communitySlug : '';

  // A removed chip takes its button away: focus moves to the chip now in its place, or to the filters.
  const chipList = useRef<HTMLUListElement>(null);
  const quickFilters = useRef<HTMLDivElement>(null);
  const focusAfterRemoval = useRef<number | null>(null);
  useEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === null) return;
    focusAfterRemoval.current = null;
    const chips = chipList.current?.querySelectorAll('button');
    const target = chips && chips.length > 0 ? chips[Math.min(index, chips.length - 1)] : quickFilters.current?.querySelector('button');
    target?.focus();
  }, [query]);

  const toggleSolved = (value: boolean) => onChange(withSolved(query, solved === value ? null : value));

  return (
    <div className="search-filters">
      <div className="search-filters__controls">
        <div ref={quickFilters} role="group" aria-label={t('search.filters.label')} className="search-filters__quick">
          <ToggleButton size="sm" pressed={solved === true} onClick={() => toggleSolved(true)}>
            {t('search.filters.solved')}
          </ToggleButton>
          <ToggleButton size="sm" pressed={solved === false} onClick={() => toggleSolved(false)}>
            {t('search.filters.unsolved')}
          </ToggleButton>
        </div>
        <CommunitySelect
          id="search-community"
          className="search-filters__community"
          label={t('search.filters.community')}
          allLabel={t('search.filters.allCommunities')}
          communities={communities}
          value={community || null}
          onChange={(slug) => onChange(withCommunity(query, slug))}
        />
      </div>
      {tokens.length > 0 && (
        <ul ref={chipList} className="search-chips" aria-label={t('search.chips.label')}>
          {tokens.map((token, index) => (
            <li key={`${token.start}-${token.end}`}>
              <FilterChip
                removeLabel={t('search.chips.remove')}
                onRemove={() => {
                  focusAfterRemoval.current = index;
                  onChange(withoutTokens(query, [token]));
                }}
              >
                {chipLabel(token.operator, t, communities, format)}
              </FilterChip>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
