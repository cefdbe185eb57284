import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports, the review queue, appeals, watched words, suspensions, thread controls and the audit log. */
export class Moderation1795300000000 implements MigrationInterface {
  name = 'Moderation1795300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."moderation_action_type" AS ENUM('APPROVE_POST', 'DISMISS_REPORTS', 'HIDE_POST', 'AUTO_HIDE_POST', 'HOLD_POST', 'REMOVE_POST', 'RESTORE_POST', 'EDIT_POST', 'LOCK_THREAD', 'UNLOCK_THREAD', 'MOVE_THREAD', 'PIN_THREAD', 'UNPIN_THREAD', 'MERGE_QUESTION', 'RECOMMEND_ANSWER', 'UNRECOMMEND_ANSWER', 'WARN_USER', 'SUSPEND_USER', 'REINSTATE_USER', 'CHANGE_ROLE', 'ADD_WATCHED_WORD', 'REMOVE_WATCHED_WORD', 'GRANT_APPEAL', 'DENY_APPEAL')`);
    await queryRunner.query(`CREATE TYPE "public"."moderation_target_type" AS ENUM('QUESTION', 'ANSWER', 'USER')`);
    await queryRunner.query(`CREATE TYPE "public"."queue_item_kind" AS ENUM('REPORTED', 'AUTO_HIDDEN', 'PRE_MODERATED', 'APPEAL')`);
    await queryRunner.query(`CREATE TYPE "public"."report_reason" AS ENUM('SPAM', 'ABUSIVE', 'OFF_TOPIC', 'PERSONAL_INFORMATION', 'DUPLICATE', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."watched_word_action" AS ENUM('BLOCK', 'REVIEW', 'REPLACE')`);
    await queryRunner.query(`CREATE TYPE "public"."hidden_reason" AS ENUM('REPORTED', 'PENDING_REVIEW', 'MODERATOR')`);

    await queryRunner.query(`CREATE TABLE "moderation_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "actor_id" bigint, "action" "public"."moderation_action_type" NOT NULL, "target_type" "public"."moderation_target_type", "target_id" bigint, "subject_user_id" bigint, "reason" character varying(100), "note" character varying(1000), "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "moderation_log_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "moderation_log_actor_idx" ON "moderation_log" ("actor_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "moderation_log_target_idx" ON "moderation_log" ("target_type", "target_id")`);
    await queryRunner.query(`CREATE INDEX "moderation_log_subject_idx" ON "moderation_log" ("subject_user_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "moderation_log_created_idx" ON "moderation_log" ("created_at", "id")`);
    // Nobody edits or deletes the audit log, whatever the application does.
    await queryRunner.query(`
      CREATE FUNCTION moderation_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'moderation_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER moderation_log_append_only BEFORE UPDATE OR DELETE ON moderation_log
        FOR EACH ROW EXECUTE FUNCTION moderation_log_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER moderation_log_no_truncate BEFORE TRUNCATE ON moderation_log
        FOR EACH STATEMENT EXECUTE FUNCTION moderation_log_append_only()`);

    await queryRunner.query(`CREATE TABLE "appeals" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "action_id" bigint NOT NULL, "appellant_id" bigint NOT NULL, "message" character varying(1000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "granted" boolean, "response" character varying(1000), CONSTRAINT "appeals_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "appeals_appellant_idx" ON "appeals" ("appellant_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "appeals_action_key" ON "appeals" ("action_id")`);

    await queryRunner.query(`CREATE TABLE "moderation_queue_items" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "kind" "public"."queue_item_kind" NOT NULL, "target_type" "public"."moderation_target_type" NOT NULL, "target_id" bigint NOT NULL, "appeal_id" bigint, "hold_reason" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" bigint, CONSTRAINT "moderation_queue_items_pkey" PRIMARY KEY ("id"))`);
    // One open item per reported or held target (appeals are items of their own, one per appeal).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "moderation_queue_items_open_target_key" ON "moderation_queue_items" ("target_type", "target_id") WHERE resolved_at IS NULL AND kind <> 'APPEAL'`,
    );
    await queryRunner.query(`CREATE INDEX "moderation_queue_items_open_idx" ON "moderation_queue_items" ("created_at", "id") WHERE resolved_at IS NULL`);

    await queryRunner.query(`CREATE TABLE "reports" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "reporter_id" bigint NOT NULL, "target_type" "public"."moderation_target_type" NOT NULL, "target_id" bigint NOT NULL, "reason" "public"."report_reason" NOT NULL, "duplicate_of_id" bigint, "note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "reports_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "reports_target_idx" ON "reports" ("target_type", "target_id", "created_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "reports_reporter_target_key" ON "reports" ("reporter_id", "target_type", "target_id")`);

    await queryRunner.query(`CREATE TABLE "watched_words" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "word" character varying(60) NOT NULL, "action" "public"."watched_word_action" NOT NULL, "replacement" character varying(60), "rule" character varying(80) NOT NULL, "created_by_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "watched_words_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "watched_words_word_key" ON "watched_words" ("word")`);

    await queryRunner.query(`ALTER TABLE "users" ADD "suspended_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "suspension_reason" character varying(1000)`);
    await queryRunner.query(`ALTER TABLE "questions" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "questions" ADD "hidden_reason" "public"."hidden_reason"`);
    await queryRunner.query(`ALTER TABLE "questions" ADD "locked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "questions" ADD "pinned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "questions" ADD "merged_into_id" bigint`);
    await queryRunner.query(`ALTER TABLE "answers" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "answers" ADD "hidden_reason" "public"."hidden_reason"`);

    await queryRunner.query(`ALTER TABLE "questions" ADD CONSTRAINT "questions_merged_into_fk" FOREIGN KEY ("merged_into_id") REFERENCES "questions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_actor_fk" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_subject_fk" FOREIGN KEY ("subject_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "appeals" ADD CONSTRAINT "appeals_action_fk" FOREIGN KEY ("action_id") REFERENCES "moderation_log"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "appeals" ADD CONSTRAINT "appeals_appellant_fk" FOREIGN KEY ("appellant_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_queue_items" ADD CONSTRAINT "moderation_queue_items_appeal_fk" FOREIGN KEY ("appeal_id") REFERENCES "appeals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_queue_items" ADD CONSTRAINT "moderation_queue_items_resolved_by_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_fk" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reports" ADD CONSTRAINT "reports_duplicate_of_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "questions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "watched_words" ADD CONSTRAINT "watched_words_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // Search: hidden answers leave the question's document too, and answers moved by a merge
    // refresh both the question they left and the one they joined.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION question_search_vector(q questions) RETURNS tsvector LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('agora_search', agora_search_text(q.title)), 'A')
            || setweight(to_tsvector('agora_search', agora_search_text(array_to_string(q.tags, ' '))), 'B')
            || setweight(to_tsvector('agora_search', agora_search_text(q.body)), 'C')
            || setweight(to_tsvector('agora_search', agora_search_text(COALESCE(
                 (SELECT a.body FROM answers a WHERE a.id = q.solution_answer_id AND a.removed_at IS NULL AND a.hidden_at IS NULL), ''))), 'C')
            || setweight(to_tsvector('agora_search', agora_search_text(COALESCE(
                 (SELECT string_agg(a.body, ' ') FROM answers a
                   WHERE a.question_id = q.id AND a.removed_at IS NULL AND a.hidden_at IS NULL AND a.id IS DISTINCT FROM q.solution_answer_id), ''))), 'D')
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION answers_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE questions q SET search_vector = question_search_vector(q) WHERE q.id = OLD.question_id;
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.question_id <> OLD.question_id) THEN
          UPDATE questions q SET search_vector = question_search_vector(q) WHERE q.id = NEW.question_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER answers_search_refresh ON answers`);
    await queryRunner.query(`
      CREATE TRIGGER answers_search_refresh AFTER INSERT OR DELETE OR UPDATE OF body, removed_at, hidden_at, question_id ON answers
        FOR EACH ROW EXECUTE FUNCTION answers_search_refresh()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER answers_search_refresh ON answers`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION answers_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE target bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.question_id ELSE NEW.question_id END;
      BEGIN
        UPDATE questions q SET search_vector = question_search_vector(q) WHERE q.id = target;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER answers_search_refresh AFTER INSERT OR DELETE OR UPDATE OF body, removed_at ON answers
        FOR EACH ROW EXECUTE FUNCTION answers_search_refresh()`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION question_search_vector(q questions) RETURNS tsvector LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('agora_search', agora_search_text(q.title)), 'A')
            || setweight(to_tsvector('agora_search', agora_search_text(array_to_string(q.tags, ' '))), 'B')
            || setweight(to_tsvector('agora_search', agora_search_text(q.body)), 'C')
            || setweight(to_tsvector('agora_search', agora_search_text(COALESCE(
                 (SELECT a.body FROM answers a WHERE a.id = q.solution_answer_id AND a.removed_at IS NULL), ''))), 'C')
            || setweight(to_tsvector('agora_search', agora_search_text(COALESCE(
                 (SELECT string_agg(a.body, ' ') FROM answers a
                   WHERE a.question_id = q.id AND a.removed_at IS NULL AND a.id IS DISTINCT FROM q.solution_answer_id), ''))), 'D')
      $$`);
    await queryRunner.query(`ALTER TABLE "answers" DROP COLUMN "hidden_reason"`);
    await queryRunner.query(`ALTER TABLE "answers" DROP COLUMN "hidden_at"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "questions_merged_into_fk"`);
    for (const column of ['merged_into_id', 'pinned_at', 'locked_at', 'hidden_reason', 'hidden_at']) {
      await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "${column}"`);
    }
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "suspension_reason"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "suspended_until"`);
    await queryRunner.query(`DROP TABLE "watched_words"`);
    await queryRunner.query(`DROP TABLE "reports"`);
    await queryRunner.query(`DROP TABLE "moderation_queue_items"`);
    await queryRunner.query(`DROP TABLE "appeals"`);
    // The append-only trigger also refuses TRUNCATE, not DROP: the down migration may drop the table.
    await queryRunner.query(`DROP TABLE "moderation_log"`);
    await queryRunner.query(`DROP FUNCTION moderation_log_append_only()`);
    for (const type of ['hidden_reason', 'watched_word_action', 'report_reason', 'queue_item_kind', 'moderation_target_type', 'moderation_action_type']) {
      await queryRunner.query(`DROP TYPE "public"."${type}"`);
    }
  }
}
