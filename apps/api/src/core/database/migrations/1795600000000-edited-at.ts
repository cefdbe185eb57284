import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a post was last edited, on the post itself: pages show "edited" without reading every
 * revision (which cost one query per answer).
 */
export class EditedAt1795600000000 implements MigrationInterface {
  name = 'EditedAt1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "questions" ADD "edited_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "answers" ADD "edited_at" TIMESTAMP WITH TIME ZONE`);
    // The first revision is the original text; any later one is an edit.
    await queryRunner.query(`
      UPDATE questions q SET edited_at = r.last_at
        FROM (SELECT question_id, max(created_at) AS last_at FROM question_revisions GROUP BY question_id HAVING count(*) > 1) r
       WHERE r.question_id = q.id`);
    await queryRunner.query(`
      UPDATE answers a SET edited_at = r.last_at
        FROM (SELECT answer_id, max(created_at) AS last_at FROM answer_revisions GROUP BY answer_id HAVING count(*) > 1) r
       WHERE r.answer_id = a.id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "answers" DROP COLUMN "edited_at"`);
    await queryRunner.query(`ALTER TABLE "questions" DROP COLUMN "edited_at"`);
  }
}
