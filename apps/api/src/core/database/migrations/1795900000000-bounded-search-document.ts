import { MigrationInterface, QueryRunner } from 'typeorm';

/** Answers (besides the solution) whose text a question's search document holds: its first ones. */
const ANSWERS_IN_DOCUMENT = 25;
/** Characters of each answer's body in the document. */
const ANSWER_CHARACTERS = 4000;

/**
 * A question's search document held the text of every answer, rebuilt by the trigger at each new
 * answer while the question row stays locked until the answer's transaction commits: 2.8 ms at 8
 * answers, 65 ms at 300, 130 ms at 600, so replies to a long thread queued behind each other and the
 * thread cost O(n²) to write. The document now holds the solution and the first 25 other answers
 * (4,000 characters each), which is where a thread's words are, and an answer posted after them no
 * longer rebuilds it at all.
 */
export class BoundedSearchDocument1795900000000 implements MigrationInterface {
  name = 'BoundedSearchDocument1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      searchVectorFunction(
        `SELECT left(a.body, ${ANSWER_CHARACTERS}) FROM answers a WHERE a.id = q.solution_answer_id AND ${VISIBLE}`,
        `SELECT string_agg(first_answers.body, ' ') FROM (
           SELECT left(a.body, ${ANSWER_CHARACTERS}) AS body FROM answers a
            WHERE a.question_id = q.id AND ${VISIBLE} AND a.id IS DISTINCT FROM q.solution_answer_id
            ORDER BY a.created_at, a.id LIMIT ${ANSWERS_IN_DOCUMENT}) first_answers`,
      ),
    );
    // A new answer with ANSWERS_IN_DOCUMENT + 1 visible answers before it is past the document (at most
    // one of them is the solution), so nothing to rebuild.
    await queryRunner.query(
      refreshFunction(`
        IF TG_OP = 'INSERT' AND (SELECT count(*) FROM (
              SELECT 1 FROM answers a
               WHERE a.question_id = NEW.question_id AND a.id <> NEW.id AND ${VISIBLE}
                 AND (a.created_at, a.id) < (NEW.created_at, NEW.id)
               LIMIT ${ANSWERS_IN_DOCUMENT + 1}) earlier) > ${ANSWERS_IN_DOCUMENT} THEN
          RETURN NULL;
        END IF;`),
    );
    await queryRunner.query(`UPDATE questions q SET search_vector = question_search_vector(q) WHERE answer_count > ${ANSWERS_IN_DOCUMENT}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(refreshFunction(''));
    await queryRunner.query(
      searchVectorFunction(
        `SELECT a.body FROM answers a WHERE a.id = q.solution_answer_id AND ${VISIBLE}`,
        `SELECT string_agg(a.body, ' ') FROM answers a
          WHERE a.question_id = q.id AND ${VISIBLE} AND a.id IS DISTINCT FROM q.solution_answer_id`,
      ),
    );
    await queryRunner.query(`UPDATE questions q SET search_vector = question_search_vector(q) WHERE answer_count > ${ANSWERS_IN_DOCUMENT}`);
  }
}

const VISIBLE = 'a.removed_at IS NULL AND a.hidden_at IS NULL';

/** The question's document: title (A), tags (B), body and the solution's text (C), other answers' text (D). */
function searchVectorFunction(solutionText: string, otherAnswersText: string): string {
  return `
    CREATE OR REPLACE FUNCTION question_search_vector(q questions) RETURNS tsvector LANGUAGE sql STABLE AS $$
      SELECT setweight(to_tsvector('agora_search', agora_search_text(q.title)), 'A')
          || setweight(to_tsvector('agora_search', agora_search_text(array_to_string(q.tags, ' '))), 'B')
          || setweight(to_tsvector('agora_search', agora_search_text(q.body)), 'C')
          || setweight(to_tsvector('agora_search', agora_search_text(COALESCE((${solutionText}), ''))), 'C')
          || setweight(to_tsvector('agora_search', agora_search_text(COALESCE((${otherAnswersText}), ''))), 'D')
    $$`;
}

/** The answers trigger: refreshes the question an answer left and the one it joined; `skip` may return first. */
function refreshFunction(skip: string): string {
  return `
    CREATE OR REPLACE FUNCTION answers_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE questions q SET search_vector = question_search_vector(q) WHERE q.id = OLD.question_id;
      END IF;${skip}
      IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.question_id <> OLD.question_id) THEN
        UPDATE questions q SET search_vector = question_search_vector(q) WHERE q.id = NEW.question_id;
      END IF;
      RETURN NULL;
    END $$`;
}
