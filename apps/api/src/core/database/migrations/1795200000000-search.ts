import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over questions: a stored tsvector kept current by triggers in the same transaction
 * as every write (title, body, tags, answers, solution, removals), a GIN index on it, accent-blind
 * matching through a text search configuration of our own, and trigram indexes for likely duplicates.
 *
 * The configuration `agora_search` starts as English; the API points it at SEARCH_LANGUAGE on start
 * and rebuilds the vectors when that changes.
 */
export class Search1795200000000 implements MigrationInterface {
  name = 'Search1795200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION agora_search (COPY = english)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION agora_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem`,
    );
    await queryRunner.query(`CREATE TABLE "app_settings" ("key" character varying(60) NOT NULL, "value" text NOT NULL, CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key"))`);
    await queryRunner.query(`INSERT INTO app_settings (key, value) VALUES ('search_language', 'english')`);

    // "Wi-Fi" is also indexed as "wifi", so either spelling finds the other.
    await queryRunner.query(`
      CREATE FUNCTION agora_search_text(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT input || ' ' || COALESCE(array_to_string(ARRAY(
          SELECT replace(m[1], '-', '') FROM regexp_matches(input, '([[:alnum:]]+(?:-[[:alnum:]]+)+)', 'g') AS m), ' '), '')
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION question_search_vector(q questions) RETURNS tsvector LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('agora_search', agora_search_text(q.title)), 'A')
            || setweight(to_tsvector('agora_search', agora_search_text(array_to_string(q.tags, ' '))), 'B')
            || setweight(to_tsvector('agora_search', agora_search_text(q.body)), 'C')
            || setweight(to_tsvector('agora_search', agora_search_text(COALESCE(
                 (SELECT a.body FROM answers a WHERE a.id = q.solution_answer_id AND a.removed_at IS NULL), ''))), 'C')
            || setweight(to_tsvector('agora_search', agora_search_text(COALESCE(
                 (SELECT string_agg(a.body, ' ') FROM answers a
                   WHERE a.question_id = q.id AND a.removed_at IS NULL AND a.id IS DISTINCT FROM q.solution_answer_id), ''))), 'D')
      $$`);
    await queryRunner.query(`ALTER TABLE "questions" ADD "search_vector" tsvector`);
    // Title and tags alone: small enough to rank every match cheaply, and what duplicates share.
    await queryRunner.query(`ALTER TABLE "questions" ADD "title_vector" tsvector`);
    await queryRunner.query(`
      CREATE FUNCTION questions_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := question_search_vector(NEW);
        NEW.title_vector := setweight(to_tsvector('agora_search', agora_search_text(NEW.title)), 'A')
                         || setweight(to_tsvector('agora_search', agora_search_text(array_to_string(NEW.tags, ' '))), 'B');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER questions_search_refresh BEFORE INSERT OR UPDATE OF title, body, tags, solution_answer_id ON questions
        FOR EACH ROW EXECUTE FUNCTION questions_search_refresh()`);
    await queryRunner.query(`
      CREATE FUNCTION answers_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE target bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.question_id ELSE NEW.question_id END;
      BEGIN
        UPDATE questions q SET search_vector = question_search_vector(q) WHERE q.id = target;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER answers_search_refresh AFTER INSERT OR DELETE OR UPDATE OF body, removed_at ON answers
        FOR EACH ROW EXECUTE FUNCTION answers_search_refresh()`);
    await queryRunner.query(`UPDATE questions SET title = title`);
    await queryRunner.query(`CREATE INDEX "questions_search_idx" ON "questions" USING GIN ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "questions_title_search_idx" ON "questions" USING GIN ("title_vector")`);
    await queryRunner.query(`CREATE INDEX "questions_title_trgm_idx" ON "questions" USING GIN (lower("title") gin_trgm_ops)`);
    // The helpers' queues: unanswered questions and old unsolved ones, oldest first.
    await queryRunner.query(
      `CREATE INDEX "questions_unanswered_idx" ON "questions" ("community_id", "created_at", "id") WHERE answer_count = 0 AND removed_at IS NULL AND kind = 'QUESTION'`,
    );
    await queryRunner.query(
      `CREATE INDEX "questions_unsolved_idx" ON "questions" ("created_at", "id") WHERE solution_answer_id IS NULL AND removed_at IS NULL AND kind = 'QUESTION'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "questions_unsolved_idx"`);
    await queryRunner.query(`DROP INDEX "questions_unanswered_idx"`);
    await queryRunner.query(`DROP INDEX "questions_title_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "questions_title_search_idx"`);
    await queryRunner.query(`DROP INDEX "questions_search_idx"`);
    await queryRunner.query(`DROP TRIGGER answers_search_refresh ON answers`);
    await queryRunner.query(`DROP FUNCTION answers_search_refresh()`);
    await queryRunner.query(`DROP TRIGGER questions_search_refresh ON questions`);
    await queryRunner.query(`DROP FUNCTION questions_search_refresh()`);
    await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "search_vector", DROP COLUMN "title_vector"`);
    await queryRunner.query(`DROP FUNCTION question_search_vector(questions)`);
    await queryRunner.query(`DROP FUNCTION agora_search_text(text)`);
    await queryRunner.query(`DROP TABLE "app_settings"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION agora_search`);
  }
}
