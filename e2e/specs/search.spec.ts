import { expect, test } from '@playwright/test';
import { graphql } from '../pages/graphql-client';
import { chipName, SearchPage } from '../pages/search-page';

type Request = Parameters<typeof graphql>[0];

interface Hit {
  titleHighlight: string;
  question: { id: string; title: string; isSolved: boolean };
}

interface Results {
  totalCount: number;
  hits: Hit[];
}

const SEARCH = `query ($query: String!, $sort: SearchSort!) {
  search(query: $query, sort: $sort, first: 20) { totalCount edges { node { titleHighlight question { id title isSolved } } } }
}`;

async function apiSearch(request: Request, query: string, sort: 'RELEVANCE' | 'NEWEST' = 'RELEVANCE'): Promise<Results> {
  const { search } = await graphql(request, SEARCH, { query, sort });
  return { totalCount: search.totalCount, hits: search.edges.map((edge: any) => edge.node) };
}

function resultCount(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'result' : 'results'}`;
}

/** The words the API marked in a highlighted title, as the reader sees them. */
function markedWords(highlight: string): string[] {
  const unescape = (text: string) =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...highlight.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => unescape(match[1]));
}

async function demoTitles(request: Request): Promise<{ id: string; title: string }[]> {
  const { questions } = await graphql(request, '{ questions(first: 100) { edges { node { id title } } } }');
  return questions.edges.map((edge: any) => edge.node);
}

/**
 * A word from a demo title that the API finds in titles (highlighted), in solved and unsolved questions
 * alike, with every match on one page. Picked from the data rather than guessed.
 */
async function aWordToSearch(request: Request): Promise<{ word: string; all: Results; solved: Results }> {
  const words = new Set<string>();
  for (const { title } of await demoTitles(request)) {
    for (const word of title.split(/\s+/)) if (/^[A-Za-z]{6,}$/.test(word)) words.add(word.toLowerCase());
  }
  for (const word of words) {
    const all = await apiSearch(request, word);
    if (all.totalCount > 20 || !all.hits.some((hit) => hit.titleHighlight.includes('<mark>'))) continue;
    const solved = await apiSearch(request, `${word} is:solved`);
    if (solved.totalCount > 0 && solved.totalCount < all.totalCount) return { word, all, solved };
  }
  throw new Error('No demo word matches both solved and unsolved questions');
}

test('the header search box leads to /search, where the matched words are highlighted in the titles', async ({ page, request }) => {
  const { word, all } = await aWordToSearch(request);
  const search = new SearchPage(page);
  await page.goto('/');
  await search.chrome.search(word);

  await expect(page).toHaveURL(`/search?q=${word}`);
  await expect(search.heading).toHaveText('Search');
  await expect(search.field).toHaveValue(word);
  await expect(search.resultCount).toHaveText(resultCount(all.totalCount));
  await expect(search.resultTitles).toHaveText(all.hits.map((hit) => hit.question.title));

  // Each title shows the words the API marked, as <mark> elements, and at least one title has a match.
  const marked = all.hits.map((hit) => markedWords(hit.titleHighlight));
  expect(marked.flat().length).toBeGreaterThan(0);
  for (const [index, words] of marked.entries()) {
    await expect(search.resultTitles.nth(index).locator('mark')).toHaveText(words);
  }
  await expect(search.resultTitles.first()).toHaveAttribute('href', `/questions/${all.hits[0].question.id}`);
});

test('the Solved filter adds a chip and keeps only solved questions; removing the chip restores the query', async ({ page, request }) => {
  const { word, all, solved } = await aWordToSearch(request);
  const search = new SearchPage(page);
  await search.goto(word);
  await expect(search.resultCount).toHaveText(resultCount(all.totalCount));
  await expect(search.chips).toHaveCount(0);

  await search.quickFilter('Solved').click();
  await expect.poll(() => search.params().q).toBe(`${word} is:solved`);
  await expect(search.field).toHaveValue(`${word} is:solved`);
  await expect(search.quickFilter('Solved')).toHaveAttribute('aria-pressed', 'true');
  await expect(search.chips).toHaveCount(1);
  await expect(search.chip('Solved')).toBeVisible();
  await expect(search.resultCount).toHaveText(resultCount(solved.totalCount));
  await expect(search.resultTitles).toHaveText(solved.hits.map((hit) => hit.question.title));
  for (const result of await search.results.all()) {
    await expect(result.getByText('Solved', { exact: true })).toBeVisible();
  }

  await search.chip('Solved').click();
  await expect.poll(() => search.params().q).toBe(word);
  await expect(search.chips).toHaveCount(0);
  await expect(search.field).toHaveValue(word);
  await expect(search.quickFilter('Solved')).toHaveAttribute('aria-pressed', 'false');
  await expect(search.resultCount).toHaveText(resultCount(all.totalCount));
});

test('operators typed in the query and the community picker show as chips', async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto('router tag:wi-fi user:"Léa Martin" after:2026-01-01 is:unsolved');
  await expect(search.chips).toHaveText(['Tag: wi-fi', 'By: Léa Martin', 'After Jan 1, 2026', 'Unsolved'].map(chipName));

  await search.community.selectOption({ label: 'Home Wi-Fi' });
  await expect.poll(() => search.params().q).toBe('router tag:wi-fi user:"Léa Martin" after:2026-01-01 is:unsolved community:home-wifi');
  await expect(search.chip('Community: Home Wi-Fi')).toBeVisible();

  // Removing a chip in the middle keeps the rest of the query as typed.
  await search.chip('By: Léa Martin').click();
  await expect.poll(() => search.params().q).toBe('router tag:wi-fi after:2026-01-01 is:unsolved community:home-wifi');
  await search.community.selectOption({ label: 'All communities' });
  await expect.poll(() => search.params().q).toBe('router tag:wi-fi after:2026-01-01 is:unsolved');
  await expect(search.chips).toHaveText(['Tag: wi-fi', 'After Jan 1, 2026', 'Unsolved'].map(chipName));
});

test('sorting by Newest is kept in the URL and orders the results by date', async ({ page, request }) => {
  const { word } = await aWordToSearch(request);
  const newest = await apiSearch(request, word, 'NEWEST');
  const search = new SearchPage(page);
  await search.goto(word);
  await expect(search.sortOption('Relevance')).toHaveAttribute('aria-current', 'true');

  await search.sortOption('Newest').click();
  await expect(page).toHaveURL(`/search?q=${word}&sort=NEWEST`);
  await expect(search.sortOption('Newest')).toHaveAttribute('aria-current', 'true');
  await expect(search.resultTitles).toHaveText(newest.hits.map((hit) => hit.question.title));

  await page.reload();
  await expect(search.sortOption('Newest')).toHaveAttribute('aria-current', 'true');
  await expect(search.resultTitles).toHaveText(newest.hits.map((hit) => hit.question.title));

  await search.sortOption('Relevance').click();
  await expect(page).toHaveURL(`/search?q=${word}`);
});

test('a French word finds the same question with or without its accents', async ({ page, request }) => {
  const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '');
  // Accented words from the demo titles ("réinitialiser" first, if the data has it), checked with the API.
  const candidates: { word: string; question: { id: string; title: string } }[] = [];
  for (const question of await demoTitles(request)) {
    for (const word of question.title.split(/[^\p{L}]+/u)) {
      if (word.length >= 5 && stripAccents(word) !== word) candidates.push({ word: word.toLowerCase(), question });
    }
  }
  candidates.sort((a, b) => Number(b.word === 'réinitialiser') - Number(a.word === 'réinitialiser'));
  let picked: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    const accented = await apiSearch(request, candidate.word);
    const plain = await apiSearch(request, stripAccents(candidate.word));
    const found = (results: Results) => results.hits.some((hit) => hit.question.id === candidate.question.id);
    if (found(accented) && found(plain)) {
      picked = candidate;
      break;
    }
  }
  expect(picked, 'a demo title with an accented word that search finds either way').toBeDefined();
  const { word, question } = picked as (typeof candidates)[number];

  const search = new SearchPage(page);
  await search.goto(word);
  await expect(search.result(question.title)).toBeVisible();
  const accentedTitles = await search.resultTitles.allInnerTexts();

  await search.search(stripAccents(word));
  await expect.poll(() => search.params().q).toBe(stripAccents(word));
  await expect(search.result(question.title)).toBeVisible();
  await expect(search.resultTitles).toHaveText(accentedTitles);
});

test('"Load more" brings the next page of results after the cursor', async ({ page, request }) => {
  // Only an operator, so every question since then matches: more than one page of them.
  const query = 'after:2000-01-01';
  const { search: first } = await graphql(request, `{ search(query: "${query}", first: 20) { totalCount pageInfo { endCursor } } }`);
  expect(first.totalCount).toBeGreaterThan(20);
  const { search: next } = await graphql(request, 'query ($after: String) { search(query: "after:2000-01-01", first: 20, after: $after) { edges { node { question { title } } } } }', {
    after: first.pageInfo.endCursor,
  });

  const search = new SearchPage(page);
  await search.goto(query);
  await expect(search.resultCount).toHaveText(resultCount(first.totalCount));
  await expect(search.resultTitles).toHaveCount(20);
  await page.getByRole('main').getByRole('button', { name: 'Load more' }).click();
  await expect(search.resultTitles).toHaveCount(Math.min(40, first.totalCount));
  const shown = await search.resultTitles.allInnerTexts();
  expect(shown.slice(20)).toEqual(next.edges.map((edge: any) => edge.node.question.title));
  expect(new Set(shown).size).toBe(shown.length);
});

test('a search with no match shows the empty state with tips on the syntax', async ({ page, request }) => {
  const query = `qzxv${Date.now().toString(36).replace(/\d/g, '')}`;
  expect((await apiSearch(request, query)).totalCount).toBe(0);

  const search = new SearchPage(page);
  await search.goto(query);
  await expect(search.emptyState).toHaveText(`No results for “${query}”`);
  await expect(search.resultCount).toHaveText('0 results');
  await expect(search.results).toHaveCount(0);
  await expect(search.tips).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Use quotes for a phrase.');
  await expect(page.getByRole('main')).toContainText('is:solved');
});

test('a search longer than the API accepts explains what to change', async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto('wifi '.repeat(101));
  await expect(search.alert).toContainText('A search can be at most 500 characters long.');
  await expect(search.results).toHaveCount(0);
  await expect(search.emptyState).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the header search is an icon button that reveals the field', async ({ page, request }) => {
    const { word } = await aWordToSearch(request);
    const search = new SearchPage(page);
    await page.goto('/');
    await expect(search.chrome.searchBox).toBeHidden();
    await expect(search.chrome.searchToggle).toHaveAttribute('aria-expanded', 'false');

    await search.chrome.searchToggle.click();
    await expect(search.chrome.searchToggle).toHaveAttribute('aria-expanded', 'true');
    await expect(search.chrome.searchBox).toBeFocused();
    await search.chrome.searchBox.press('Escape');
    await expect(search.chrome.searchBox).toBeHidden();
    await expect(search.chrome.searchToggle).toBeFocused();

    await search.chrome.searchToggle.click();
    await search.chrome.search(word);
    await expect(page).toHaveURL(`/search?q=${word}`);
    await expect(search.resultTitles.first()).toBeVisible();
    // Nothing runs off the side of the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
