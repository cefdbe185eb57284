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
/**
 * Matches are counted, and looked at for ranking, up to this many: past it a common word would make
 * every search visit tens of thousands of rows. Below it, ranking and count are exact.
 */
const MATCH_LIMIT = 1_000;
/** Title matches looked at besides those, at most. */
const TITLE_MATCH_LIMIT = 500;
/** How many titles sharing words with one being typed are ranked, at most. */
const SIMILAR_SAMPLE = 500;
/** How many of the best title matches get the full, weighted ranking. */
const RERANK_POOL = 200;
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
    }
    params.push(size + 1, offset);
    const [limitParam, offsetParam] = [`$${params.length - 1}`, `$${params.length}`];
    const byRelevance = hasText && args.sort === SearchSort.RELEVANCE;
    const filtered = where.join(' AND ');
    const matching = hasText ? `${filtered} AND q.search_vector @@ ${query}` : filtered;
    // The matches are read lazily through MATERIALIZED CTEs, and reading stops at MATCH_LIMIT.
    const sql = `WITH all_matches AS MATERIALIZED (
         SELECT q.id, q.created_at, q.solution_answer_id, q.answer_count, ${byRelevance ? `ts_rank(q.title_vector, ${query})` : '0'} AS title_rank
           FROM questions q WHERE ${matching}
       ), matches AS MATERIALIZED (SELECT * FROM all_matches LIMIT ${MATCH_LIMIT + 1}), ${byRelevance ? this.relevancePool(filtered, query, limitParam, offsetParam) : this.newestPool(matching, limitParam, offsetParam)},
       ranked AS (
         SELECT p.id, p.created_at, q.title, q.body,
                ${byRelevance ? `(p.title_rank + ts_rank(q.search_vector, ${query}, 1))
                  * (CASE WHEN p.solution_answer_id IS NULL THEN 1 ELSE 1.5 END)
                  * (1 + ln(1 + COALESCE((SELECT sum(a.helpful_count) FROM answers a WHERE a.question_id = p.id AND a.removed_at IS NULL), 0)) / 5)` : '0'}
                  AS score
           FROM pool p JOIN questions q ON q.id = p.id
          ORDER BY ${byRelevance ? 'score DESC' : 'p.created_at DESC'}, p.id DESC
          LIMIT ${limitParam}::int OFFSET ${offsetParam}::int
       )
       SELECT r.id, r.score::float AS score, (SELECT count(*) FROM matches)::int AS total,
              ${hasText ? `ts_headline('agora_search', ${HEADLINE_SAFE('r.title')}, ${query}, '${HEADLINE}, HighlightAll=true')` : 'r.title'} AS title_marked,
              ${hasText ? `ts_headline('agora_search', ${HEADLINE_SAFE('r.body')}, ${query}, '${HEADLINE}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "')` : 'left(r.body, 240)'} AS excerpt_marked
         FROM ranked r ORDER BY ${byRelevance ? 'r.score DESC' : 'r.created_at DESC'}, r.id DESC`;
    // Matches must come through the GIN indexes: reading the table instead, which the planner prefers for
    // a word in half of the questions, decompresses and checks each large vector (30 µs a question).
    const rows: Row[] = await this.dataSource.transaction(async (manager) => {
      if (hasText) await manager.query('SET LOCAL enable_seqscan = off');
      return manager.query(sql, params);
    });
    const page = rows.slice(0, size);
    const byId = await this.questionsById(page.map((r) => r.id));
    const edges = page.flatMap((row, index) => {
      const question = byId.get(row.id);
      if (!question) return [];
      const node = { question, titleHighlight: toSafeHighlight(row.title_marked), excerpt: toSafeHighlight(row.excerpt_marked), score: byRelevance ? row.score : 0 };
      return [{ node, cursor: encodeOffset(offset + index + 1) }];
    });
    const total = rows[0]?.total ?? (offset > 0 ? offset : 0);
    return {
      edges,
      totalCount: Math.min(total, MATCH_LIMIT),
      totalCountIsLowerBound: total > MATCH_LIMIT,
      pageInfo: { hasNextPage: rows.length > size && offset + size < MAX_OFFSET, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /**
   * The best few hundred matches by title relevance, then solved, then answered; the full, weighted
   * ranking (body, solution, answers, helpful votes) is kept for those. They come from the matches
   * looked at (all of them up to MATCH_LIMIT) and, when there are more, from up to TITLE_MATCH_LIMIT
   * title matches found through the small title index, so the best titles still compete when a common
   * word matches far more. A title match is a match unless the search excludes a word, which only the
   * full document can tell.
   */
  private relevancePool(filtered: string, query: string, limitParam: string, offsetParam: string): string {
    return `all_title_matches AS MATERIALIZED (
         SELECT q.id, q.created_at, q.solution_answer_id, q.answer_count, ts_rank(q.title_vector, ${query}) AS title_rank
           FROM questions q
          WHERE (SELECT count(*) FROM matches) > ${MATCH_LIMIT}
            AND ${filtered} AND q.title_vector @@ ${query} AND (strpos(${query}::text, '!') = 0 OR q.search_vector @@ ${query})
       ), pool AS (
         SELECT * FROM (SELECT * FROM matches UNION (SELECT * FROM all_title_matches LIMIT ${TITLE_MATCH_LIMIT})) candidates
          ORDER BY title_rank DESC, (solution_answer_id IS NOT NULL) DESC, answer_count DESC, id DESC
          LIMIT GREATEST(${limitParam}::int + ${offsetParam}::int, ${RERANK_POOL})
       )`;
  }

  /**
   * Newest first. When every match was read (up to MATCH_LIMIT), they are sorted; when more match, one
   * in a few hundred questions at least does, and reading the questions in date order until the page
   * is full is quick. Reading in date order when few match would check nearly every question's vector.
   */
  private newestPool(matching: string, limitParam: string, offsetParam: string): string {
    const wanted = `${limitParam}::int + ${offsetParam}::int`;
    return `pool AS (
         (SELECT m.id, m.created_at, m.solution_answer_id FROM matches m
           WHERE (SELECT count(*) FROM matches) <= ${MATCH_LIMIT}
           ORDER BY m.created_at DESC, m.id DESC LIMIT ${wanted})
         UNION ALL
         (SELECT q.id, q.created_at, q.solution_answer_id FROM questions q
           WHERE (SELECT count(*) FROM matches) > ${MATCH_LIMIT} AND ${matching}
           ORDER BY q.created_at DESC, q.id DESC LIMIT ${wanted})
       )`;
  }

  /**
   * Likely duplicates of a title being typed: titles sharing two of its words (accent-blind, "wifi" =
   * "Wi-Fi"), or one when none share two; a similar spelling of the title when words find too few. The
   * five best, solved ones first.
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
    // A common word is in tens of thousands of titles: pairs of words narrow that down through the
    // index, and no more than SIMILAR_SAMPLE matches are ranked. The spelling (trigram) search reads
    // long posting lists, so it runs only for the typos that words miss.
    const eligible = `q.kind = 'QUESTION' AND q.removed_at IS NULL AND q.hidden_at IS NULL AND q.merged_into_id IS NULL ${community}`;
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH words AS (
              SELECT DISTINCT plainto_tsquery('simple', lexeme)::text AS word
                FROM unnest(tsvector_to_array(to_tsvector('agora_search', $1))) lexeme),
            queries AS (
              SELECT (SELECT string_agg(word, ' | ') FROM words WHERE word <> '')::tsquery AS any_word,
                     (SELECT string_agg('(' || a.word || ' & ' || b.word || ')', ' | ')
                        FROM words a JOIN words b ON a.word < b.word WHERE a.word <> '' AND b.word <> '')::tsquery AS two_words),
            two_word_matches AS MATERIALIZED (
              SELECT q.id, ts_rank(q.title_vector, w.any_word) AS rank, q.answer_count
                FROM questions q, queries w WHERE q.title_vector @@ w.two_words AND ${eligible}),
            sampled_two_word AS MATERIALIZED (SELECT * FROM two_word_matches LIMIT ${SIMILAR_SAMPLE}),
            one_word_matches AS MATERIALIZED (
              SELECT q.id, ts_rank(q.title_vector, w.any_word) AS rank, q.answer_count
                FROM questions q, queries w
               WHERE (SELECT count(*) FROM sampled_two_word) < 5 AND q.title_vector @@ w.any_word AND ${eligible}),
            by_words AS (
              SELECT id FROM (SELECT * FROM sampled_two_word UNION ALL (SELECT * FROM one_word_matches LIMIT ${SIMILAR_SAMPLE})) m
               ORDER BY rank DESC, answer_count DESC, id DESC LIMIT 30),
            by_spelling AS (
              SELECT q.id FROM questions q
               WHERE (SELECT count(*) FROM by_words) < 5 AND lower(q.title) % $2 AND ${eligible}
               ORDER BY similarity(lower(q.title), $2) DESC LIMIT 30),
            candidates AS (
              SELECT q.id, q.solution_answer_id,
                     COALESCE(ts_rank(q.title_vector, (SELECT any_word FROM queries)), 0) + similarity(lower(q.title), $2) AS score
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
