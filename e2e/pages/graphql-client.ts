import { APIRequestContext, expect } from '@playwright/test';

/** Talks to the product's GraphQL API directly, for test set-up and for checking what the UI shows. */
export async function graphql<T = any>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  expect(response.ok()).toBeTruthy();
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return body.data as T;
}
