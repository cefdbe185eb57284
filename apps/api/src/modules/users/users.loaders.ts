import { Role } from '@agora/shared';
import DataLoader from 'dataloader';
import { entityRows } from '../../core/database/entity-rows';
import { prepared } from '../../core/database/prepared';
import { byKey, LoaderFactory } from '../../core/dataloaders/request-loaders';
import { User } from './user.entity';

export const usersById: LoaderFactory<string, User | null> = (dataSource) =>
  new DataLoader(async (ids) => {
    // Read by every signed-in request (its viewer): hand-written, without the query builder's cost, and prepared.
    const reader = entityRows(dataSource, User);
    const rows: Record<string, unknown>[] = await dataSource.query(prepared(`SELECT ${reader.select('u')} FROM users u WHERE u.id = ANY($1::bigint[])`), [ids]);
    const users = rows.map((row) => reader.read(row, 'u') as User);
    return byKey(ids, users, (u) => u.id, (u) => u, null);
  });

/** What a live delivery needs to know about its subscriber. */
export interface AccountState {
  id: string;
  role: Role;
  suspendedUntil: Date | null;
}

/**
 * Accounts read raw, three columns, no entities: an event checks every subscriber, a thousand for a
 * busy question, and building User entities for them cost more than the query.
 */
export const accountStatesById: LoaderFactory<string, AccountState | null> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows: { id: string; role: Role; suspended_until: Date | null }[] = await dataSource.query(
      'SELECT id, role, suspended_until FROM users WHERE id = ANY($1::bigint[])',
      [ids],
    );
    return byKey(ids, rows, (r) => r.id, (r) => ({ id: r.id, role: r.role, suspendedUntil: r.suspended_until }), null);
  });

export interface UserActivityCounts {
  questions: number;
  answers: number;
  solutions: number;
  helpfulReceived: number;
}

export const activityCountsByUser: LoaderFactory<string, UserActivityCounts> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows: { user_id: string; questions: number; answers: number; solutions: number; helpful: number }[] = await dataSource.query(
      `SELECT u.id AS user_id,
              (SELECT count(*)::int FROM questions q WHERE q.author_id = u.id AND q.kind = 'QUESTION' AND q.removed_at IS NULL) AS questions,
              (SELECT count(*)::int FROM answers a WHERE a.author_id = u.id AND a.removed_at IS NULL) AS answers,
              ((SELECT COALESCE(sum(helpful_count), 0) FROM answers WHERE author_id = u.id AND removed_at IS NULL)
               + (SELECT COALESCE(sum(helpful_count), 0) FROM questions WHERE author_id = u.id AND kind = 'USER_TIP' AND removed_at IS NULL))::int AS helpful,
              (SELECT count(*)::int FROM questions q JOIN answers a ON a.id = q.solution_answer_id
                WHERE a.author_id = u.id) AS solutions
         FROM users u WHERE u.id = ANY($1::bigint[])`,
      [ids],
    );
    return byKey(ids, rows, (r) => r.user_id, (r) => ({ questions: r.questions, answers: r.answers, solutions: r.solutions, helpfulReceived: r.helpful }), {
      questions: 0,
      answers: 0,
      solutions: 0,
      helpfulReceived: 0,
    });
  });
