import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follows (questions, communities) and the notification inbox. Unread notifications of one type about
 * one subject share a row: the partial unique index is what the grouping upsert relies on.
 */
export class Notifications1795400000000 implements MigrationInterface {
  name = 'Notifications1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "community_follows" ("user_id" bigint NOT NULL, "community_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "community_follows_pkey" PRIMARY KEY ("user_id", "community_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "community_follows_community_idx" ON "community_follows" ("community_id")`);
    await queryRunner.query(
      `CREATE TABLE "question_follows" ("user_id" bigint NOT NULL, "question_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "question_follows_pkey" PRIMARY KEY ("user_id", "question_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "question_follows_question_idx" ON "question_follows" ("question_id")`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_type" AS ENUM('NEW_ANSWER', 'THREAD_REPLY', 'NEW_QUESTION', 'ANSWER_HELPFUL', 'ANSWER_ACCEPTED', 'ANSWER_RECOMMENDED', 'MENTION', 'BADGE_EARNED', 'LEVEL_REACHED', 'MODERATION_OUTCOME')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."moderation_outcome" AS ENUM('POST_HIDDEN', 'POST_HELD', 'POST_REMOVED', 'POST_RESTORED', 'QUESTION_MERGED', 'WARNED', 'SUSPENDED', 'SUSPENSION_LIFTED', 'APPEAL_GRANTED', 'APPEAL_DENIED')`);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "recipient_id" bigint NOT NULL, "type" "public"."notification_type" NOT NULL, "group_key" character varying(100) NOT NULL, "question_id" bigint, "answer_id" bigint, "actor_ids" bigint array NOT NULL, "badge_id" character varying(60), "level" integer, "moderation_outcome" "public"."moderation_outcome", "moderation_note" text, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notifications_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notifications_unread_group_key" ON "notifications" ("recipient_id", "type", "group_key") WHERE read_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "notifications_recipient_idx" ON "notifications" ("recipient_id", "updated_at", "id")`);
    // @mentions look display names up case-insensitively.
    await queryRunner.query(`CREATE INDEX "users_display_name_lower_idx" ON "users" (lower(display_name))`);
    await queryRunner.query(
      `ALTER TABLE "community_follows" ADD CONSTRAINT "community_follows_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_follows" ADD CONSTRAINT "community_follows_community_fk" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_follows" ADD CONSTRAINT "question_follows_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_follows" ADD CONSTRAINT "question_follows_question_fk" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_fk" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_question_fk" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_answer_fk" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."moderation_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."notification_type"`);
    await queryRunner.query(`DROP TABLE "question_follows"`);
    await queryRunner.query(`DROP TABLE "community_follows"`);
    await queryRunner.query(`DROP INDEX "public"."users_display_name_lower_idx"`);
  }
}
