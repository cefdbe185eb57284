import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor, KeysetPosition, pageSize } from './cursor';

export interface KeysetPage<T> {
  edges: { node: T; cursor: string }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * One page of `query` ordered by (`column`, id), newest or oldest first, after a cursor, with the total
 * of the whole filtered set. `column` is the alias-qualified SQL column; `positionOf` reads it back.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: { first?: number | null; after?: string | null },
  options: { column: string; order: 'ASC' | 'DESC'; positionOf?: (node: T) => KeysetPosition },
): Promise<KeysetPage<T>> {
  const size = pageSize(args.first);
  const alias = query.alias;
  const page = query.clone().orderBy(options.column, options.order).addOrderBy(`${alias}.id`, options.order).limit(size + 1);
  if (args.after) {
    const comparison = options.order === 'DESC' ? '<' : '>';
    page.andWhere(`(${options.column}, ${alias}.id) ${comparison} (:createdAt, :id)`, decodeCursor(args.after));
  }
  const positionOf = options.positionOf ?? ((node: T) => node as unknown as KeysetPosition);
  const [rows, totalCount] = await Promise.all([page.getMany(), query.getCount()]);
  const edges = rows.slice(0, size).map((node) => ({ node, cursor: encodeCursor(positionOf(node)) }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
