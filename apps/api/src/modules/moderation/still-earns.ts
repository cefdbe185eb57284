import { EntityManager } from 'typeorm';

/** Whether the thing a ledger key stands for still exists, so restoring its post gives its points back. */
export async function stillEarns(manager: EntityManager, key: string): Promise<boolean> {
  const [family, first, second] = key.split(':');
  const exists = async (sql: string, params: unknown[]) => (await manager.query(sql, params)).length > 0;
  switch (family) {
    case 'first-question':
    case 'first-answer':
      return true;
    case 'me-too':
      return exists('SELECT 1 FROM question_me_toos WHERE question_id = $1 AND user_id = $2', [first, second]);
    case 'helpful':
      return exists('SELECT 1 FROM helpful_votes WHERE answer_id = $1 AND user_id = $2', [first, second]);
    case 'tip-helpful':
      return exists('SELECT 1 FROM tip_helpful_votes WHERE tip_id = $1 AND user_id = $2', [first, second]);
    case 'accepted':
      return exists('SELECT 1 FROM questions WHERE solution_answer_id = $1', [first]);
    case 'accepter':
      return exists(
        'SELECT 1 FROM questions q JOIN answers a ON a.id = q.solution_answer_id WHERE q.id = $1 AND a.author_id <> q.author_id',
        [first],
      );
    case 'recommended':
      return exists('SELECT 1 FROM answers WHERE id = $1 AND recommended_at IS NOT NULL', [first]);
    default:
      return false;
  }
}
