import { createHash } from 'node:crypto';

const statements = new Map<string, { name: string; text: string; toString: () => string }>();

/**
 * `sql` as a named prepared statement, for `manager.query(prepared(sql), params)`: PostgreSQL parses
 * and plans it once per connection instead of on every call (on a helpful mark, planning its
 * statements cost PostgreSQL about as much as running them). TypeORM hands the query to pg as it is,
 * and pg takes `{ name, text }` for a prepared statement (copying it before it adds the values);
 * `toString` keeps the text in TypeORM's logs and errors. Only for statements whose text comes from a
 * small fixed set: each distinct text stays prepared on every connection that ran it.
 */
export function prepared(sql: string): string {
  let statement = statements.get(sql);
  if (statement === undefined) {
    const name = `agora_${createHash('sha1').update(sql).digest('base64url').slice(0, 24)}`;
    statements.set(sql, (statement = { name, text: sql, toString: () => sql }));
  }
  return statement as unknown as string;
}
