import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, communities, questions, answers, helpful votes and the points ledger. */
export class InitialSchema1795000000000 implements MigrationInterface {
  name = 'InitialSchema1795000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('MEMBER', 'MODERATOR', 'ADMIN')`);
    await queryRunner.query(`CREATE TABLE "users" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "email" character varying(254) NOT NULL, "display_name" character varying(40) NOT NULL, "password_hash" text NOT NULL, "role" "public"."user_role" NOT NULL DEFAULT 'MEMBER', "reputation" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await queryRunner.query(`CREATE TABLE "communities" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "name" character varying(80) NOT NULL, "slug" character varying(80) NOT NULL, "description" text NOT NULL DEFAULT '', "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "communities_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "communities_slug_key" ON "communities"  ("slug") `);
    await queryRunner.query(`CREATE TABLE "questions" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "community_id" bigint NOT NULL, "author_id" bigint NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "solution_answer_id" bigint, "solved_at" TIMESTAMP WITH TIME ZONE, "me_too_count" integer NOT NULL DEFAULT '0', "view_count" integer NOT NULL DEFAULT '0', "answer_count" integer NOT NULL DEFAULT '0', "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "questions_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "questions_author_idx" ON "questions"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "questions_community_created_idx" ON "questions"  ("community_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "questions_created_idx" ON "questions"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "answers" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "question_id" bigint NOT NULL, "author_id" bigint NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "helpful_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "answers_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "answers_author_idx" ON "answers"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "answers_question_idx" ON "answers"  ("question_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "answer_revisions" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "answer_id" bigint NOT NULL, "editor_id" bigint NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "answer_revisions_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "answer_revisions_answer_idx" ON "answer_revisions"  ("answer_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "helpful_votes" ("answer_id" bigint NOT NULL, "user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "helpful_votes_pkey" PRIMARY KEY ("answer_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "helpful_votes_user_idx" ON "helpful_votes"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "question_me_toos" ("question_id" bigint NOT NULL, "user_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "question_me_toos_pkey" PRIMARY KEY ("question_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "question_me_toos_user_idx" ON "question_me_toos"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "question_revisions" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "question_id" bigint NOT NULL, "editor_id" bigint NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "question_revisions_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "question_revisions_question_idx" ON "question_revisions"  ("question_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "reputation_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "user_id" bigint NOT NULL, "amount" integer NOT NULL, "reason" character varying(40) NOT NULL, "actor_id" bigint, "question_id" bigint, "answer_id" bigint, "community_id" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reputation_events_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "reputation_events_answer_idx" ON "reputation_events"  ("answer_id") `);
    await queryRunner.query(`CREATE INDEX "reputation_events_user_idx" ON "reputation_events"  ("user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "questions" ADD CONSTRAINT "questions_community_fk" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "questions" ADD CONSTRAINT "questions_author_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "questions" ADD CONSTRAINT "questions_solution_answer_fk" FOREIGN KEY ("solution_answer_id") REFERENCES "answers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answers" ADD CONSTRAINT "answers_question_fk" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answers" ADD CONSTRAINT "answers_author_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answer_revisions" ADD CONSTRAINT "answer_revisions_answer_fk" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answer_revisions" ADD CONSTRAINT "answer_revisions_editor_fk" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "helpful_votes" ADD CONSTRAINT "helpful_votes_answer_fk" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "helpful_votes" ADD CONSTRAINT "helpful_votes_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "question_me_toos" ADD CONSTRAINT "question_me_toos_question_fk" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "question_me_toos" ADD CONSTRAINT "question_me_toos_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "question_revisions" ADD CONSTRAINT "question_revisions_question_fk" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "question_revisions" ADD CONSTRAINT "question_revisions_editor_fk" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reputation_events" ADD CONSTRAINT "reputation_events_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE INDEX "questions_tags_idx" ON "questions" USING GIN ("tags")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "questions" DROP CONSTRAINT "questions_solution_answer_fk"`);
    for (const table of ['reputation_events', 'helpful_votes', 'answer_revisions', 'answers', 'question_me_toos', 'question_revisions', 'questions', 'communities', 'users']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
  }
}
