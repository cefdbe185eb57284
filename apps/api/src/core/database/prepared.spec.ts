import { prepared } from './prepared';

describe('prepared', () => {
  const statement = (sql: string) => prepared(sql) as unknown as { name: string; text: string };

  it('names each text once and the same way every time, so each connection prepares it once', () => {
    const first = statement('SELECT id FROM users WHERE id = $1');
    expect(statement('SELECT id FROM users WHERE id = $1')).toEqual(first);
    expect(first.text).toBe('SELECT id FROM users WHERE id = $1');
    expect(first.name).toMatch(/^agora_[\w-]{24}$/);
  });

  it('gives different texts different names', () => {
    expect(statement('SELECT 1').name).not.toBe(statement('SELECT 2').name);
  });

  it('reads as its SQL where TypeORM logs it or puts it in an error', () => {
    expect(`${prepared('SELECT 1')}`).toBe('SELECT 1');
  });
});
