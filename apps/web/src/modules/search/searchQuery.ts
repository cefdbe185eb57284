import type { SearchSort } from '../../generated/graphql';

/** The API refuses longer searches with BAD_USER_INPUT (the limit is not in @agora/shared). */
export const SEARCH_QUERY_MAX = 500;
export const SEARCH_SORTS: readonly SearchSort[] = ['RELEVANCE', 'NEWEST'];
const DEFAULT_SORT: SearchSort = 'RELEVANCE';

/** An operator the API understands, as typed in the query. */
export type SearchOperator =
  | { kind: 'solved'; value: boolean }
  | { kind: 'tag' | 'community' | 'user'; value: string }
  | { kind: 'before' | 'after'; value: string };

export interface OperatorToken {
  operator: SearchOperator;
  /** Where the token sits in the query, so it can be taken out without touching the rest. */
  start: number;
  end: number;
}

// The same tokens as the API's parser (apps/api search-query.parser.ts): `name:"quoted value"`,
// `name:value`, a "quoted phrase" or a word. Anything that is not a known operator stays search text.
const TOKEN = /(\w+):"([^"]*)"|(\w+):(\S+)|"[^"]*"|\S+/g;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function operatorFrom(name: string, value: string): SearchOperator | null {
  switch (name.toLowerCase()) {
    case 'is': {
      const state = value.toLowerCase();
      return state === 'solved' ? { kind: 'solved', value: true } : state === 'unsolved' ? { kind: 'solved', value: false } : null;
    }
    case 'tag':
    case 'community':
    case 'user':
      return { kind: name.toLowerCase() as 'tag' | 'community' | 'user', value };
    case 'before':
    case 'after':
      return DATE.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime())
        ? { kind: name.toLowerCase() as 'before' | 'after', value }
        : null;
    default:
      return null;
  }
}

/** The operators in a query, in the order they were typed. */
export function findOperators(query: string): OperatorToken[] {
  const tokens: OperatorToken[] = [];
  for (const match of query.matchAll(TOKEN)) {
    const [token, quotedName, quotedValue, name, value] = match;
    const operatorName = quotedName ?? name;
    const operator = operatorName ? operatorFrom(operatorName, quotedValue ?? value) : null;
    if (operator) tokens.push({ operator, start: match.index, end: match.index + token.length });
  }
  return tokens;
}

function tidy(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

/** The query without the given operators; everything else stays as typed. */
export function withoutTokens(query: string, tokens: readonly OperatorToken[]): string {
  let rest = query;
  for (const token of [...tokens].sort((a, b) => b.start - a.start)) {
    rest = `${rest.slice(0, token.start)} ${rest.slice(token.end)}`;
  }
  return tidy(rest);
}

/** The query with `is:solved` or `is:unsolved` (replacing any already there), or neither for null. */
export function withSolved(query: string, solved: boolean | null): string {
  const rest = withoutTokens(
    query,
    findOperators(query).filter((token) => token.operator.kind === 'solved'),
  );
  return solved === null ? rest : tidy(`${rest} is:${solved ? 'solved' : 'unsolved'}`);
}

/** The query limited to one community (replacing any community already there), or to none for null. */
export function withCommunity(query: string, slug: string | null): string {
  const rest = withoutTokens(
    query,
    findOperators(query).filter((token) => token.operator.kind === 'community'),
  );
  return slug === null ? rest : tidy(`${rest} community:${slug}`);
}

/** What the search page shows: both parts live in the URL (`/search?q=wifi&sort=NEWEST`). */
export interface SearchParams {
  q: string;
  sort: SearchSort;
}

export function searchParamsFrom(params: URLSearchParams): SearchParams {
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', sort: SEARCH_SORTS.find((candidate) => candidate === sort) ?? DEFAULT_SORT };
}

/** The query string for a search; relevance, the default, is left out. */
export function searchSearch({ q, sort }: SearchParams): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (sort !== DEFAULT_SORT) params.set('sort', sort);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function searchPath(search: SearchParams): string {
  return `/search${searchSearch(search)}`;
}
