import { reviveEvent, serializeEvent } from './typed-json';

describe('event JSON', () => {
  it('brings Dates back as Dates, nested and in arrays', () => {
    const at = new Date('2026-03-01T10:20:30.456Z');
    const parsed = JSON.parse(serializeEvent({ answer: { createdAt: at, removedAt: null }, history: [at] }), reviveEvent);
    expect(parsed.answer.createdAt).toBeInstanceOf(Date);
    expect(parsed.answer.createdAt.getTime()).toBe(at.getTime());
    expect(parsed.answer.removedAt).toBeNull();
    expect(parsed.history[0]).toBeInstanceOf(Date);
  });

  it('leaves strings that look like dates as strings', () => {
    const parsed = JSON.parse(serializeEvent({ body: '2026-03-01T10:20:30.456Z' }), reviveEvent);
    expect(parsed.body).toBe('2026-03-01T10:20:30.456Z');
  });
});
