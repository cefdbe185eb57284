import { LIMITS } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badUserInput } from '../../core/graphql/errors';
import { parseId } from '../../core/graphql/parse-id';
import { pageSize } from '../../core/pagination/cursor';
import { Question } from '../questions/question.entity';
import { SearchArgs, SearchConnection, SearchSort, SimilarQuestionsArgs } from './dto/search.dto';
import { HEADLINE_SAFE, MATCH_END, MATCH_START, toSafeHighlight } from './highlight';
import { joinHyphenatedWords, parseSearch, ParsedSearch } from './search-query.parser';

const MAX_QUERY_LENGTH = 500;
const MAX_OFFSET = 1_000;
/** How many of the best title matches get the full, weighted ranking. */
const RERANK_POOL = 300;
const HEADLINE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;

interface Row {
  id: string;
  score: number;
  total: number;
  title_marked: string;
  excerpt_marked: string;
}

@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(args: SearchArgs): Promise<SearchConnection> {
    if (args.query.length > MAX_QUERY_LENGTH) {
      throw badUserInput(`A search may be at most ${MAX_QUERY_LENGTH} characters long.`, { query: ['is too long'] });
    }
    const size = pageSize(args.first);
    const offset = args.after ? decodeOffset(args.after) : 0;
    const parsed = parseSearch(args.query);
    const { where, params } = this.filters(parsed);
    const hasText = parsed.text.trim().length > 0;
    let query = '';
    if (hasText) {
      params.push(joinHyphenatedWords(parsed.text));
      query = `websearch_to_tsquery('agora_search', $${params.length})`;
      where.push(`q.search_vector @@ ${query}`);
    }
    params.push(size + 1, offset);
    const [limitParam, offsetParam] = [`$${params.length - 1}`, `$${params.length}`];

    const byRelevance = hasText && args.sort === SearchSort.RELEVANCE;
    // Two stages keep common words fast: every match is ranked by its small title vector, then only the
    // best few hundred are ranked by the full weighted document (body, solution, answers) and lifted
    // when solved or found helpful.
    const rows: Row[] = await this.dataSource.query(
      `WITH matches AS (
         SELECT q.id, q.created_at, q.solution_answer_id,
                ${hasText ? `ts_rank(q.title_vector, ${query})` : '0'} AS title_rank,
                count(*) OVER () AS total
           FROM questions q WHERE ${where.join(' AND ')}
          ORDER BY ${byRelevance ? 'title_rank DESC, (q.solution_answer_id IS NOT NULL) DESC, q.answer_count DESC' : 'q.created_at DESC'}, q.id DESC
          LIMIT GREATEST(${limitParam}::int + ${offsetParam}::int, ${RERANK_POOL})
       ), ranked AS (
         SELECT m.id, m.created_at, m.total, q.title, q.body,
                ${hasText ? `(m.title_rank + ts_rank(q.search_vector, ${query}, 1))` : '0'}
                  * (CASE WHEN m.solution_answer_id IS NULL THEN 1 ELSE 1.5 END)
                  * (1 + ln(1 + COALESCE((SELECT sum(a.helpful_count) FROM answers a WHERE a.question_id = m.id AND a.removed_at IS NULL), 0)) / 5)
                  AS score
           FROM matches m JOIN questions q ON q.id = m.id
          ORDER BY ${byRelevance ? 'score DESC' : 'm.created_at DESC'}, m.id DESC
          LIMIT ${limitParam}::int OFFSET ${offsetParam}::int
       )
       SELECT r.id, r.score::float AS score, r.total::int AS total,
              ${hasText ? `ts_headline('agora_search', ${HEADLINE_SAFE('r.title')}, ${query}, '${HEADLINE}, HighlightAll=true')` : 'r.title'} AS title_marked,
              ${hasText ? `ts_headline('agora_search', ${HEADLINE_SAFE('r.body')}, ${query}, '${HEADLINE}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "')` : 'left(r.body, 240)'} AS excerpt_marked
         FROM ranked r ORDER BY ${byRelevance ? 'r.score DESC' : 'r.created_at DESC'}, r.id DESC`,
      params,
    );
    const page = rows.slice(0, size);
    const byId = await this.questionsById(page.map((r) => r.id));
    const edges = page.flatMap((row, index) => {
      const question = byId.get(row.id);
      if (!question) return [];
      const node = { question, titleHighlight: toSafeHighlight(row.title_marked), excerpt: toSafeHighlight(row.excerpt_marked), score: byRelevance ? row.score : 0 };
      return [{ node, cursor: encodeOffset(offset + index + 1) }];
    });
    return {
      edges,
      totalCount: rows[0]?.total ?? (offset > 0 ? offset : 0),
      pageInfo: { hasNextPage: rows.length > size && offset + size < MAX_OFFSET, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /**
   * Likely duplicates of a title being typed: any of its words (accent-blind, "wifi" = "Wi-Fi") or a
   * similar spelling of the title; the five best, solved ones first.
   */
  async similar(args: SimilarQuestionsArgs): Promise<Question[]> {
    const title = args.title.trim().slice(0, LIMITS.questionTitle.max);
    if (title.length < 3) return [];
    const params: unknown[] = [joinHyphenatedWords(title), title.toLowerCase()];
    let community = '';
    if (args.communityId) {
      params.push(parseId(args.communityId, 'communityId'));
      community = `AND q.community_id = $3`;
    }
    // Titles are what duplicates share: any of the title's words (ranked), or a similar spelling.
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH words AS (SELECT replace(plainto_tsquery('agora_search', $1)::text, ' & ', ' | ') AS text),
            any_word AS (SELECT CASE WHEN text = '' THEN NULL ELSE to_tsquery('agora_search', text) END AS q FROM words),
            by_words AS (
              SELECT q.id FROM questions q, any_word w
               WHERE q.title_vector @@ w.q AND q.kind = 'QUESTION' AND q.removed_at IS NULL AND q.hidden_at IS NULL AND q.merged_into_id IS NULL ${community}
               ORDER BY ts_rank(q.title_vector, w.q) DESC, q.answer_count DESC LIMIT 30),
            by_spelling AS (
              SELECT q.id FROM questions q
               WHERE lower(q.title) % $2 AND q.kind = 'QUESTION' AND q.removed_at IS NULL AND q.hidden_at IS NULL AND q.merged_into_id IS NULL ${community}
               ORDER BY similarity(lower(q.title), $2) DESC LIMIT 30),
            candidates AS (
              SELECT q.id, q.solution_answer_id,
                     COALESCE(ts_rank(q.title_vector, (SELECT q FROM any_word)), 0) + similarity(lower(q.title), $2) AS score
                FROM questions q WHERE q.id IN (SELECT id FROM by_words UNION SELECT id FROM by_spelling)
               ORDER BY score DESC LIMIT 10)
       SELECT id FROM candidates WHERE score > 0.05
        ORDER BY (solution_answer_id IS NOT NULL) DESC, score DESC LIMIT 5`,
      params,
    );
    const byId = await this.questionsById(rows.map((r) => r.id));
    return rows.flatMap((row) => byId.get(row.id) ?? []);
  }

  private async questionsById(ids: string[]): Promise<Map<string, Question>> {
    const questions = ids.length ? await this.dataSource.getRepository(Question).findBy({ id: In(ids) }) : [];
    return new Map(questions.map((q) => [q.id, q]));
  }

  private filters(parsed: ParsedSearch): { where: string[]; params: unknown[] } {
    const where = ['q.removed_at IS NULL AND q.hidden_at IS NULL AND q.merged_into_id IS NULL'];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (parsed.solved !== null) where.push(`q.kind = 'QUESTION' AND q.solution_answer_id IS ${parsed.solved ? 'NOT ' : ''}NULL`);
    // tag:wifi finds the tag wi-fi, as the words do.
    for (const tag of parsed.tags) where.push(`EXISTS (SELECT 1 FROM unnest(q.tags) t WHERE replace(t, '-', '') = replace(${param(tag)}, '-', ''))`);
    if (parsed.communities.length) where.push(`q.community_id IN (SELECT id FROM communities WHERE slug = ANY(${param(parsed.communities)}))`);
    if (parsed.users.length) {
      where.push(`q.author_id IN (SELECT id FROM users WHERE lower(display_name) = ANY(${param(parsed.users.map((u) => u.toLowerCase()))}))`);
    }
    if (parsed.before) where.push(`q.created_at < ${param(parsed.before)}`);
    if (parsed.after) where.push(`q.created_at >= ${param(parsed.after)}`);
    return { where, params };
  }
}

function encodeOffset(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeOffset(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw badUserInput('"after" is not a cursor this API gave out.', { after: ['is not a valid cursor'] });
  }
  return offset;
}
