import { HEADLINE_SAFE, MATCH_END, MATCH_START } from './highlight';
import { SqlParams } from './search-filter';

/**
 * Matches are counted, and looked at for ranking, up to this many: past it a common word would make
 * every search visit tens of thousands of rows. Below it, ranking and count are exact.
 */
export const MATCH_LIMIT = 1_000;
/** Title matches looked at besides those when the search excludes a word, at most. */
const CHECKED_TITLE_LIMIT = 500;
/** How many of the best title matches get the full, weighted ranking. */
export const RERANK_POOL = 200;
/** ts_headline parses all the text it is given: a long post is cut to this many characters first. */
const EXCERPT_SOURCE = 2_000;
const HEADLINE = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;

/** A search on its way to SQL: the operators' conditions and the words as a tsquery, both in `params`. */
export interface SearchStatement {
  params: SqlParams;
  filters: string;
  /** `$n::tsquery`, or null when the search is operators only. */
  tsquery: string | null;
  /** The search excludes a word ("-word"): a title match may then not be a match. */
  negates: boolean;
  /** Columns of the page's questions `q` to return with it, so they need no read of their own. */
  questionColumns: string;
}

/**
 * By relevance: the best few hundred candidates by title relevance, then solved, then answered, get the
 * full, weighted ranking (body, solution, answers, helpful votes). Each row: `total` (how many match,
 * counted up to MATCH_LIMIT + 1), `pooled` (how many were ranked), then the page's id, score,
 * title_marked, excerpt_marked and questionColumns, all null when the page is empty.
 */
export function relevanceSql(s: SearchStatement & { tsquery: string }, pool: number, size: number, offset: number): string {
  const tsquery = s.tsquery;
  return `WITH ${matchCtes(s)},
    pool AS (
      SELECT * FROM (SELECT * FROM titles UNION SELECT * FROM matches) candidates
       ORDER BY title_rank DESC, solved DESC, answer_count DESC, id DESC LIMIT ${s.params.add(pool)}::int
    ), ranked AS (
      SELECT p.id, q.title, q.body, ${s.questionColumns},
             ((p.title_rank + ts_rank(q.search_vector, ${tsquery}, 1))
               * (CASE WHEN p.solved THEN 1.5 ELSE 1 END)
               * (1 + ln(1 + COALESCE((SELECT sum(a.helpful_count) FROM answers a WHERE a.question_id = p.id AND a.removed_at IS NULL), 0)) / 5))::float
               AS score
        FROM pool p JOIN questions q ON q.id = p.id
       ORDER BY score DESC, p.id DESC LIMIT ${s.params.add(size)}::int OFFSET ${s.params.add(offset)}::int
    )
    SELECT c.total::int AS total, (SELECT count(*) FROM pool)::int AS pooled, r.*, ${headlines(s.tsquery, 'r')}
      FROM counted c LEFT JOIN ranked r ON true
     ORDER BY r.score DESC, r.id DESC`;
}

/**
 * Newest first, rows as relevanceSql's (score 0). When every match was read (up to MATCH_LIMIT), they
 * are sorted; when more match, one in a few hundred questions at least does, and reading the questions
 * in date order until the page is full is quick. Reading in date order when few match would check nearly
 * every question's vector.
 */
export function newestSql(s: SearchStatement, wanted: number, size: number, offset: number): string {
  const matching = s.tsquery ? `AND q.search_vector @@ ${s.tsquery}` : '';
  const limit = `${s.params.add(wanted)}::int`;
  return `WITH ${matchCtes(s)},
    pool AS (
      (SELECT m.id, m.created_at FROM matches m WHERE (SELECT total FROM counted) <= ${MATCH_LIMIT}
        ORDER BY m.created_at DESC, m.id DESC LIMIT ${limit})
      UNION ALL
      (SELECT q.id, q.created_at FROM questions q WHERE (SELECT total FROM counted) > ${MATCH_LIMIT} AND ${s.filters} ${matching}
        ORDER BY q.created_at DESC, q.id DESC LIMIT ${limit})
    ), page AS (
      SELECT p.id, p.created_at, q.title, q.body, ${s.questionColumns}, 0::float AS score FROM pool p JOIN questions q ON q.id = p.id
       ORDER BY p.created_at DESC, p.id DESC LIMIT ${s.params.add(size)}::int OFFSET ${s.params.add(offset)}::int
    )
    SELECT c.total::int AS total, (SELECT count(*) FROM pool)::int AS pooled, r.*, ${headlines(s.tsquery, 'r')}
      FROM counted c LEFT JOIN page r ON true
     ORDER BY r.created_at DESC, r.id DESC`;
}

/**
 * `matches` (up to MATCH_LIMIT + 1 of them, in index order, as ranking candidates), `counted`, and with
 * words `titles` (title matches, candidates too).
 *
 * A title match is a match unless the search excludes a word, which only the full document can tell.
 * So the small title index is read first: when more than MATCH_LIMIT titles match, they tell that many
 * match and give the best titles, and the long posting lists of the full index (a word in most
 * questions lists nearly all of them) are never read. Otherwise the matches are read, and the titles
 * read are among them, or compete with them when more match. With an excluded word, the matches come
 * first and the titles, checked against the full document, only when more match.
 */
function matchCtes(s: SearchStatement): string {
  const columns = `q.id, q.created_at, q.solution_answer_id IS NOT NULL AS solved, q.answer_count, ${s.tsquery ? `ts_rank(q.title_vector, ${s.tsquery})` : '0::real'} AS title_rank`;
  const read = (condition: string, limit: number) => `SELECT ${columns} FROM questions q WHERE ${condition} AND ${s.filters} LIMIT ${limit}`;
  if (!s.tsquery) return `matches AS MATERIALIZED (${read('true', MATCH_LIMIT + 1)}), counted AS (SELECT count(*) AS total FROM matches)`;
  if (s.negates) {
    const checkedTitles = `(SELECT count(*) FROM matches) > ${MATCH_LIMIT} AND q.title_vector @@ ${s.tsquery} AND q.search_vector @@ ${s.tsquery}`;
    return `matches AS MATERIALIZED (${read(`q.search_vector @@ ${s.tsquery}`, MATCH_LIMIT + 1)}),
      titles AS MATERIALIZED (${read(checkedTitles, CHECKED_TITLE_LIMIT)}),
      counted AS (SELECT count(*) AS total FROM matches)`;
  }
  const fewTitles = `(SELECT count(*) FROM titles) <= ${MATCH_LIMIT}`;
  return `titles AS MATERIALIZED (${read(`q.title_vector @@ ${s.tsquery}`, MATCH_LIMIT + 1)}),
    matches AS MATERIALIZED (${read(`${fewTitles} AND q.search_vector @@ ${s.tsquery}`, MATCH_LIMIT + 1)}),
    counted AS (SELECT CASE WHEN count(*) > ${MATCH_LIMIT} THEN count(*) ELSE (SELECT count(*) FROM matches) END AS total FROM titles)`;
}

/** The title and an excerpt of the body of `alias`, matches between markers (as they are without words). */
function headlines(tsquery: string | null, alias: string): string {
  if (!tsquery) return `${alias}.title AS title_marked, left(${alias}.body, 240) AS excerpt_marked`;
  return `ts_headline('agora_search', ${HEADLINE_SAFE(`${alias}.title`)}, ${tsquery}, '${HEADLINE}, HighlightAll=true') AS title_marked,
          ts_headline('agora_search', ${HEADLINE_SAFE(`left(${alias}.body, ${EXCERPT_SOURCE})`)}, ${tsquery},
                      '${HEADLINE}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "') AS excerpt_marked`;
}
