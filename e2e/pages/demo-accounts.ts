import { APIRequestContext } from '@playwright/test';
import { Credentials } from './auth-page';
import { graphql } from './graphql-client';

/** Every demo account shares this password (see the README). */
export const DEMO_PASSWORD = 'agora-demo-2026';
export const DEMO_MEMBER: Credentials = { email: 'member@agora.local', password: DEMO_PASSWORD };
export const DEMO_ADMIN: Credentials = { email: 'admin@agora.local', password: DEMO_PASSWORD };

/** A session token, for asking the API what the UI should show. */
export async function apiSignIn(request: APIRequestContext, { email, password }: Credentials): Promise<string> {
  const data = await graphql(request, 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }', { input: { email, password } });
  return data.signIn.token;
}
