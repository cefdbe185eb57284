import { EntityManager } from 'typeorm';
import { ParsedSearch } from './search-query.parser';

/** Positional parameters of one SQL statement. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The search's words as a tsquery, and the names its operators give as ids. */
export interface ResolvedTerms {
  /** websearch_to_tsquery's output as text ('' for no words, or stop words only). */
  query: string;
  communityIds: string[];
  userIds: string[];
}

/**
 * The first statement of a search's transaction. The statement after it gets the tsquery and the ids
 * as constants, so the planner estimates them from the statistics (a community's share of questions)
 * and finds them in the index that holds them beside the words. With words, it also keeps the rest of
 * the transaction on indexes: reading the table instead, which the planner prefers for a word in half
 * of the questions, decompresses and checks each large vector (30 µs a question).
 */
export async function startSearch(manager: EntityManager, parsed: ParsedSearch, text: string): Promise<ResolvedTerms> {
  const [row] = await manager.query(
    `SELECT websearch_to_tsquery('agora_search', $1)::text AS query,
            ARRAY(SELECT id FROM communities WHERE slug = ANY($2::text[])) AS community_ids,
            ARRAY(SELECT id FROM users WHERE lower(display_name) = ANY($3::text[])) AS user_ids,
            set_config('enable_seqscan', CASE WHEN $1 = '' THEN current_setting('enable_seqscan') ELSE 'off' END, true)`,
    [text, parsed.communities, parsed.users.map((u) => u.toLowerCase())],
  );
  return { query: row.query, communityIds: row.community_ids, userIds: row.user_ids };
}

const VISIBLE = 'q.removed_at IS NULL AND q.hidden_at IS NULL AND q.merged_into_id IS NULL';

/** The operators as conditions on questions `q`, visible ones only. */
export function filterSql(parsed: ParsedSearch, terms: ResolvedTerms, params: SqlParams): string {
  const where = [VISIBLE];
  if (parsed.solved !== null) where.push(`q.kind = 'QUESTION' AND q.solution_answer_id IS ${parsed.solved ? 'NOT ' : ''}NULL`);
  // tag:wifi finds the tag wi-fi, as the words do.
  for (const tag of parsed.tags) where.push(`EXISTS (SELECT 1 FROM unnest(q.tags) t WHERE replace(t, '-', '') = replace(${params.add(tag)}, '-', ''))`);
  if (parsed.communities.length) where.push(`q.community_id = ANY(${params.add(terms.communityIds)}::bigint[])`);
  if (parsed.users.length) where.push(`q.author_id = ANY(${params.add(terms.userIds)}::bigint[])`);
  if (parsed.before) where.push(`q.created_at < ${params.add(parsed.before)}`);
  if (parsed.after) where.push(`q.created_at >= ${params.add(parsed.after)}`);
  return where.join(' AND ');
}
