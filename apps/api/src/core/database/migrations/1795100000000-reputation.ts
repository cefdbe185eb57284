import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full points rules: ledger keys and limits, User Tips, removals and recommendations, badges, and
 * the indexes the leaderboards read. Ledger rows written before this migration get their keys back.
 */
export class Reputation1795100000000 implements MigrationInterface {
  name = 'Reputation1795100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."post_kind" AS ENUM('QUESTION', 'USER_TIP')`);
    await queryRunner.query(`CREATE TYPE "public"."removal_reason" AS ENUM('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_INFORMATION', 'DUPLICATE', 'OTHER')`);

    await queryRunner.query(`ALTER TABLE "questions" ADD "kind" "public"."post_kind" NOT NULL DEFAULT 'QUESTION'`);
    await queryRunner.query(`ALTER TABLE "questions" ADD "helpful_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "questions" ADD "removed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "questions" ADD "removal_reason" "public"."removal_reason"`);
    await queryRunner.query(`ALTER TABLE "questions" ADD "removed_by_id" bigint`);
    await queryRunner.query(`ALTER TABLE "answers" ADD "recommended_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "answers" ADD "recommended_by_id" bigint`);
    await queryRunner.query(`ALTER TABLE "answers" ADD "removed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "answers" ADD "removal_reason" "public"."removal_reason"`);
    await queryRunner.query(`ALTER TABLE "answers" ADD "removed_by_id" bigint`);

    await queryRunner.query(`ALTER TABLE "reputation_events" ADD "key" character varying(160) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "reputation_events" ADD "cap_group" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "reputation_events" ADD "daily_capped" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      UPDATE "reputation_events" SET
        "key" = CASE
          WHEN reason IN ('ANSWER_MARKED_HELPFUL', 'ANSWER_UNMARKED_HELPFUL') THEN 'helpful:' || answer_id || ':' || actor_id
          WHEN reason IN ('ANSWER_ACCEPTED', 'ANSWER_UNACCEPTED') THEN 'accepted:' || answer_id
          ELSE 'imported:' || user_id END,
        "cap_group" = CASE WHEN reason IN ('ANSWER_MARKED_HELPFUL', 'ANSWER_UNMARKED_HELPFUL') THEN 'helpful:' || answer_id END,
        "daily_capped" = reason IN ('ANSWER_MARKED_HELPFUL', 'ANSWER_UNMARKED_HELPFUL')`);
    await queryRunner.query(`ALTER TABLE "reputation_events" ALTER COLUMN "key" DROP DEFAULT`);
    await queryRunner.query(`CREATE INDEX "reputation_events_question_idx" ON "reputation_events" ("question_id")`);
    await queryRunner.query(`CREATE INDEX "reputation_events_user_cap_group_idx" ON "reputation_events" ("user_id", "cap_group")`);
    await queryRunner.query(`CREATE INDEX "reputation_events_user_key_idx" ON "reputation_events" ("user_id", "key")`);
    // Leaderboards read a period's rows straight from these indexes, without touching the table.
    await queryRunner.query(
      `CREATE INDEX "reputation_events_created_idx" ON "reputation_events" ("created_at") INCLUDE ("user_id", "amount", "reason")`,
    );
    await queryRunner.query(
      `CREATE INDEX "reputation_events_community_created_idx" ON "reputation_events" ("community_id", "created_at") INCLUDE ("user_id", "amount", "reason")`,
    );
    await queryRunner.query(`CREATE INDEX "users_reputation_idx" ON "users" ("reputation", "id")`);
    await queryRunner.query(`CREATE INDEX "questions_solution_answer_idx" ON "questions" ("solution_answer_id")`);

    await queryRunner.query(
      `CREATE TABLE "user_badges" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "user_id" bigint NOT NULL, "badge_id" character varying(40) NOT NULL, "community_id" bigint, "awarded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "user_badges_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "user_badges_badge_idx" ON "user_badges" ("badge_id", "awarded_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "user_badges_unique_idx" ON "user_badges" ("user_id", "badge_id", "community_id") NULLS NOT DISTINCT`);
    await queryRunner.query(
      `ALTER TABLE "user_badges" ADD CONSTRAINT "user_badges_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "tip_helpful_votes" ("tip_id" bigint NOT NULL, "user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "tip_helpful_votes_pkey" PRIMARY KEY ("tip_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "tip_helpful_votes_user_idx" ON "tip_helpful_votes" ("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "tip_helpful_votes" ADD CONSTRAINT "tip_helpful_votes_tip_fk" FOREIGN KEY ("tip_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tip_helpful_votes" ADD CONSTRAINT "tip_helpful_votes_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_community_points" ("user_id" bigint NOT NULL, "community_id" bigint NOT NULL, "points" integer NOT NULL DEFAULT '0', CONSTRAINT "user_community_points_pkey" PRIMARY KEY ("user_id", "community_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "user_community_points_rank_idx" ON "user_community_points" ("community_id", "points" DESC, "user_id" DESC)`,
    );
    await queryRunner.query(`
      INSERT INTO "user_community_points" (user_id, community_id, points)
      SELECT user_id, community_id, SUM(amount) FROM reputation_events
       WHERE community_id IS NOT NULL AND reason <> 'IMPORTED' GROUP BY user_id, community_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user_community_points"`);
    await queryRunner.query(`DROP TABLE "tip_helpful_votes"`);
    await queryRunner.query(`DROP TABLE "user_badges"`);
    for (const index of ['questions_solution_answer_idx', 'users_reputation_idx', 'reputation_events_community_created_idx', 'reputation_events_created_idx', 'reputation_events_user_key_idx', 'reputation_events_user_cap_group_idx', 'reputation_events_question_idx']) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
    }
    await queryRunner.query(`ALTER TABLE "reputation_events" DROP COLUMN "daily_capped", DROP COLUMN "cap_group", DROP COLUMN "key"`);
    await queryRunner.query(
      `ALTER TABLE "answers" DROP COLUMN "removed_by_id", DROP COLUMN "removal_reason", DROP COLUMN "removed_at", DROP COLUMN "recommended_by_id", DROP COLUMN "recommended_at"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" DROP COLUMN "removed_by_id", DROP COLUMN "removal_reason", DROP COLUMN "removed_at", DROP COLUMN "helpful_count", DROP COLUMN "kind"`,
    );
    await queryRunner.query(`DROP TYPE "public"."removal_reason"`);
    await queryRunner.query(`DROP TYPE "public"."post_kind"`);
  }
}
