import { APIRequestContext } from '@playwright/test';
import { Credentials } from './auth-page';
import { apiSignIn, DEMO_PASSWORD } from './demo-accounts';
import { graphql } from './graphql-client';

export const DEMO_MODERATOR: Credentials = { email: 'moderator@agora.local', password: DEMO_PASSWORD };
/** A demo member at level 2, the first level that may report for any reason. */
export const LEVEL_2_MEMBER: Credentials & { displayName: string } = { email: 'lea@agora.local', password: DEMO_PASSWORD, displayName: 'Léa Martin' };

export interface TestMember extends Credentials {
  displayName: string;
  token: string;
}

/** A brand-new member, signed up through the API. */
export async function newMember(request: APIRequestContext, role: string): Promise<TestMember> {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const member = { displayName: `${role} ${stamp}`, email: `${role.toLowerCase()}-${stamp}@example.com`, password: 'correct-horse-battery' };
  const { signUp } = await graphql(request, 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', { input: member });
  return { ...member, token: signUp.token };
}

async function communityId(request: APIRequestContext, slug = 'phones'): Promise<string> {
  const { community } = await graphql(request, 'query ($slug: String!) { community(slug: $slug) { id } }', { slug });
  return community.id;
}

/** A question asked by `token`'s owner; returns its id. */
export async function askQuestion(request: APIRequestContext, token: string, title: string, body = 'It happens every evening since the last update.'): Promise<string> {
  const input = { communityId: await communityId(request), title, body, tags: [] };
  const { askQuestion: question } = await graphql(request, 'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }', { input }, token);
  return question.id;
}

/** An answer posted by `token`'s owner; returns its id. */
export async function postAnswer(request: APIRequestContext, token: string, questionId: string, body: string): Promise<string> {
  const { postAnswer: answer } = await graphql(
    request,
    'mutation ($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
    { input: { questionId, body } },
    token,
  );
  return answer.id;
}

/** A report filed through the API, for tests about what staff do with it. */
export async function reportAnswer(request: APIRequestContext, reporter: Credentials, answerId: string, reason = 'ABUSIVE'): Promise<void> {
  const token = await apiSignIn(request, reporter);
  await graphql(request, 'mutation ($input: ReportInput!) { submitReport(input: $input) { id } }', { input: { answerId, reason } }, token);
}
