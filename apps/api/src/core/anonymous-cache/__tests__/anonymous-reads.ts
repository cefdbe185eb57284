import { TestApp } from '../../../testing/test-app';

/** Whatever the response holds (JSON.parse's type), for the tests to pick from. */
type Json = ReturnType<typeof JSON.parse>;

export interface AnonymousRead {
  /** 'hit' when the response came from the anonymous cache. */
  cache: string | null;
  data: Json;
  text: string;
  headers: Headers;
}

/** A signed-out POST, as a browser without a token sends it. */
export async function readAnonymously(api: TestApp, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<AnonymousRead> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const json = JSON.parse(text);
  if (json.errors) throw new Error(`GraphQL errors: ${JSON.stringify(json.errors)}`);
  return { cache: response.headers.get('x-agora-cache'), data: json.data, text, headers: response.headers };
}

/** Reads until the response is cached (the second read must be a hit, with the same bytes); returns what it shows. */
export async function cached(api: TestApp, query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const first = await readAnonymously(api, query, variables);
  const second = await readAnonymously(api, query, variables);
  if (second.cache !== 'hit' || second.text !== first.text) throw new Error(`Not cached: ${shown(query, variables)}`);
  return second.data;
}

/** What a signed-out reader sees now, which must come from the cache (`hit`) or not (`miss`). */
export async function seen(api: TestApp, query: string, variables: Record<string, unknown>, expected: 'hit' | 'miss'): Promise<Json> {
  const read = await readAnonymously(api, query, variables);
  if ((read.cache ?? 'miss') !== expected) throw new Error(`Expected a ${expected}, got a ${read.cache ?? 'miss'}: ${shown(query, variables)}`);
  return read.data;
}

function shown(query: string, variables: Record<string, unknown>): string {
  return `${query.replace(/\s+/g, ' ').slice(0, 60)}... ${JSON.stringify(variables)}`;
}
