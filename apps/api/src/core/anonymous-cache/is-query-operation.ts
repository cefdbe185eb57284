import { OperationTypeNode, parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GraphQLRequestKey } from './anonymous-read-cache';

/** Clients send the same few documents: each is parsed once (Apollo keeps its own parse for execution). */
const operationTypes = new LRUCache<string, OperationTypeNode | 'unknown'>({ max: 500 });
const LONGEST_DOCUMENT = 100_000;

/** Whether the request runs a query (not a mutation or subscription); false when that cannot be told. */
export function isQueryOperation({ query, operationName }: GraphQLRequestKey): boolean {
  if (typeof query !== 'string' || query.length > LONGEST_DOCUMENT) return false;
  const name = typeof operationName === 'string' ? operationName : '';
  const key = `${name}\n${query}`;
  let type = operationTypes.get(key);
  if (type === undefined) operationTypes.set(key, (type = operationTypeOf(query, name)));
  return type === OperationTypeNode.QUERY;
}

function operationTypeOf(query: string, operationName: string): OperationTypeNode | 'unknown' {
  try {
    const operations = parse(query, { noLocation: true }).definitions.filter((d) => d.kind === 'OperationDefinition');
    const chosen = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
    return chosen?.operation ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
