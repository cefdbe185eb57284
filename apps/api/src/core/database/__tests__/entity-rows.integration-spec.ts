import { ModerationTargetType } from '@agora/shared';
import { askQuestion } from '../../../testing/fixtures';
import { TestApp } from '../../../testing/test-app';
import { ModerationLogEntry } from '../../../modules/moderation/audit/moderation-log-entry.entity';
import { Question } from '../../../modules/questions/question.entity';
import { User } from '../../../modules/users/user.entity';
import { entityRows } from '../entity-rows';

describe('entities read from hand-written SQL', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await TestApp.start();
  });
  afterAll(() => api.close());

  it('are the instances TypeORM reads: same class, same values, nulls, dates, arrays and enums included', async () => {
    const asker = await api.signUp('Asker');
    const questionId = await askQuestion(api, asker, await api.createCommunity(), { tags: ['battery', 'charging'] });
    // Some nullable columns set and some left null, so both kinds are compared.
    await api.dataSource.query(`UPDATE questions SET locked_at = now(), removal_reason = 'SPAM' WHERE id = $1`, [questionId]);
    const [questions, users] = [entityRows(api.dataSource, Question), entityRows(api.dataSource, User)];

    const [row] = await api.dataSource.query(
      `SELECT ${questions.select('q')}, ${users.select('u', 'author')} FROM questions q JOIN users u ON u.id = q.author_id WHERE q.id = $1`,
      [questionId],
    );
    const question = questions.read(row, 'q');
    const author = users.read(row, 'author');

    expect(question).toBeInstanceOf(Question);
    expect(question).toEqual(await api.dataSource.getRepository(Question).findOneByOrFail({ id: questionId }));
    expect(question?.tags).toEqual(['battery', 'charging']);
    expect(question?.lockedAt).toBeInstanceOf(Date);
    expect(question?.hiddenAt).toBeNull();
    expect(author).toBeInstanceOf(User);
    expect(author).toEqual(await api.dataSource.getRepository(User).findOneByOrFail({ id: asker.id }));
  });

  it('reads nothing for an outer join that matched nothing', async () => {
    const users = entityRows(api.dataSource, User);
    const [row] = await api.dataSource.query(`SELECT ${users.select('v', 'viewer')} FROM (SELECT 1) one LEFT JOIN users v ON v.id = -1`);
    expect(users.read(row, 'viewer')).toBeNull();
  });

  it('gives the other column types (JSON documents here) TypeORM\'s own conversion', async () => {
    const entries = entityRows(api.dataSource, ModerationLogEntry);
    const [row] = await api.dataSource.query(
      `INSERT INTO moderation_log (action, target_type, target_id, before, after) VALUES ('LOCK_THREAD', $1, 1, '{"locked": false}', '{"locked": true}')
       RETURNING ${entries.select('moderation_log', 'e')}`,
      [ModerationTargetType.QUESTION],
    );
    expect(entries.read(row, 'e')).toEqual(await api.dataSource.getRepository(ModerationLogEntry).findOneByOrFail({ id: row.e_id }));
  });
});
