import { expect, Page, test } from '@playwright/test';
import { AskPage } from '../pages/ask-page';
import { AuthPage } from '../pages/auth-page';
import { DEMO_MEMBER } from '../pages/demo-accounts';
import { graphql } from '../pages/graphql-client';

type Request = Parameters<typeof graphql>[0];

interface Suggestion {
  id: string;
  title: string;
  isSolved: boolean;
}

async function similarTo(request: Request, title: string): Promise<Suggestion[]> {
  const { similarQuestions } = await graphql(request, 'query ($title: String!) { similarQuestions(title: $title) { id title isSolved } }', { title });
  return similarQuestions;
}

/** "Battery drains twice as fast since the LumenOS 6.2 update" → "battery drains twice as fast": the same question, put shorter. */
function reworded(title: string): string {
  const words = title.toLowerCase().split(/\s+/);
  return words.slice(0, Math.max(4, Math.ceil(words.length * 0.6))).join(' ');
}

/** A solved demo question, and a title close to it that the API suggests it for. */
async function aQuestionAndALikelyDuplicate(request: Request): Promise<{ question: Suggestion; typed: string; suggestions: Suggestion[] }> {
  const { questions } = await graphql(request, '{ questions(solved: true, first: 50) { edges { node { id title isSolved } } } }');
  for (const { node: question } of questions.edges as { node: Suggestion }[]) {
    const typed = reworded(question.title);
    if (typed.length < 15 || typed === question.title.toLowerCase()) continue;
    const suggestions = await similarTo(request, typed);
    if (suggestions.some((suggestion) => suggestion.id === question.id)) return { question, typed, suggestions };
  }
  throw new Error('No solved demo question is suggested for a shorter version of its title');
}

async function signInAt(page: Page, path: string): Promise<void> {
  await page.goto(`/signin?returnTo=${encodeURIComponent(path)}`);
  await new AuthPage(page).signIn(DEMO_MEMBER);
  await expect(page).toHaveURL(path);
}

test('typing a title close to an existing question suggests it; clearing the title hides the suggestions', async ({ page, request }) => {
  const { question, typed, suggestions } = await aQuestionAndALikelyDuplicate(request);
  const ask = new AskPage(page);
  await signInAt(page, '/ask');
  await expect(ask.suggestions).toHaveCount(0);

  // Typed a key at a time: the API is asked once the typing pauses, not for every key.
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postDataJSON()?.query?.includes('similarQuestions')) asked.push(request.postDataJSON().variables.title);
  });
  await ask.title.pressSequentially(typed, { delay: 15 });

  await expect(ask.suggestions).toBeVisible();
  await expect(ask.suggestions.getByRole('listitem')).toHaveCount(suggestions.length);
  const suggested = ask.suggestion(question.title);
  await expect(suggested).toBeVisible();
  await expect(suggested.getByText('Solved', { exact: true })).toBeVisible();
  await expect(suggested.getByRole('link')).toHaveAttribute('href', `/questions/${question.id}`);
  expect(asked.length).toBeLessThan(typed.length / 2);
  expect(asked.every((title) => title.length >= 10)).toBe(true);
  expect(asked.at(-1)).toBe(typed);

  // Suggestions never block asking.
  await expect(ask.submit).toBeEnabled();

  await ask.title.fill('');
  await expect(ask.suggestions).toHaveCount(0);
});

test('a title under ten characters asks for no suggestions', async ({ page }) => {
  const ask = new AskPage(page);
  await signInAt(page, '/ask');
  let asked = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postDataJSON()?.query?.includes('similarQuestions')) asked += 1;
  });
  await ask.title.fill('Battery');
  // Longer than the pause the form waits for before asking.
  await page.waitForTimeout(800);
  expect(asked).toBe(0);
  await expect(ask.suggestions).toHaveCount(0);
});
