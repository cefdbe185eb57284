import { LIMITS } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badUserInput } from '../../core/graphql/errors';
import { parseId } from '../../core/graphql/parse-id';
import { entityRows } from '../../core/database/entity-rows';
import { pageSize } from '../../core/pagination/cursor';
import { Question } from '../questions/question.entity';
import { SearchArgs, SearchConnection, SearchSort, SimilarQuestionsArgs } from './dto/search.dto';
import { toSafeHighlight } from './highlight';
import { filterSql, SqlParams, startSearch } from './search-filter';
import { MATCH_LIMIT, newestSql, RERANK_POOL, relevanceSql, SearchStatement } from './search-sql';
import { joinHyphenatedWords, parseSearch } from './search-query.parser';

const MAX_QUERY_LENGTH = 500;
const MAX_OFFSET = 1_000;
/** How many titles sharing words with one being typed are ranked, at most. */
const SIMILAR_SAMPLE = 500;

/** A row of the search statement, with the question's columns as "question.property". */
interface SearchRow {
  total: number;
  pooled: number;
  /** Null, as every column of the page, when the page is empty. */
  id: string | null;
  score: number;
  title_marked: string;
  excerpt_marked: string;
  [questionColumn: string]: unknown;
}

@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Two statements in one read transaction: one resolves the words and names (startSearch), one counts,
   * ranks, marks the matches and reads the page's questions.
   */
  async search(args: SearchArgs): Promise<SearchConnection> {
    if (args.query.length > MAX_QUERY_LENGTH) {
      throw badUserInput(`A search may be at most ${MAX_QUERY_LENGTH} characters long.`, { query: ['is too long'] });
    }
    const size = pageSize(args.first);
    const offset = args.after ? decodeOffset(args.after) : 0;
    const parsed = parseSearch(args.query);
    const text = parsed.text.trim() ? joinHyphenatedWords(parsed.text) : '';
    const rows: SearchRow[] = await this.dataSource.transaction(async (manager) => {
      const terms = await startSearch(manager, parsed, text);
      if (text && !terms.query) return []; // stop words only: nothing can match
      const params = new SqlParams();
      const statement: SearchStatement = {
        params,
        filters: filterSql(parsed, terms, params),
        tsquery: terms.query ? `${params.add(terms.query)}::tsquery` : null,
        negates: terms.query.includes('!'),
        questionColumns: entityRows(this.dataSource, Question).select('q', 'question'),
      };
      const { tsquery } = statement;
      const sql =
        tsquery && args.sort === SearchSort.RELEVANCE
          ? relevanceSql({ ...statement, tsquery }, Math.max(RERANK_POOL, offset + size + 1), size, offset)
          : newestSql(statement, offset + size + 1, size, offset);
      return manager.query(sql, params.values);
    });
    const edges = rows.flatMap((row, index) => {
      if (row.id === null) return [];
      const question = entityRows(this.dataSource, Question).read(row, 'question') as Question;
      const node = { question, titleHighlight: toSafeHighlight(row.title_marked), excerpt: toSafeHighlight(row.excerpt_marked), score: row.score };
      return [{ node, cursor: encodeOffset(offset + index + 1) }];
    });
    const total = rows[0]?.total ?? 0;
    const pooled = rows[0]?.pooled ?? 0;
    return {
      edges,
      totalCount: Math.min(total, MATCH_LIMIT),
      totalCountIsLowerBound: total > MATCH_LIMIT,
      pageInfo: { hasNextPage: pooled > offset + size && offset + size < MAX_OFFSET, endCursor: edges.at(-1)?.cursor ?? null },
    };
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
