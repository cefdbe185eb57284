import { TestApp } from '../../../testing/test-app';
import { ReputationVerifier } from '../../reputation/reputation-verifier';
import { DemoSeeder } from '../../seed/demo-seeder';

describe('the demo seed', () => {
  let api: TestApp;

  beforeAll(async () => {
    // As in production: filters and rate limits on.
    api = await TestApp.start({ config: { moderation: { reportsToHide: 3, newAccountHours: 24, postingRateLimits: true } } });
    await api.app.get(DemoSeeder).seedIfEmpty();
  }, 120_000);
  afterAll(() => api.close());

  it('gives the demo moderator a queue with a reported, an auto-hidden and a held post, and keeps the ledger exact', async () => {
    const { signIn } = await api.ok(`mutation { signIn(input: { email: "moderator@agora.local", password: "agora-demo-2026" }) { token } }`);
    const { moderationQueue } = await api.ok(
      `{ moderationQueue { edges { node { kind targetType reports { reason } holdReason } } } }`,
      {},
      signIn.token,
    );
    const items = moderationQueue.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(items.map((i: { kind: string; targetType: string }) => `${i.kind} ${i.targetType}`).sort()).toEqual([
      'AUTO_HIDDEN ANSWER',
      'PRE_MODERATED QUESTION',
      'REPORTED QUESTION',
    ]);
    expect(items.find((i: { kind: string }) => i.kind === 'PRE_MODERATED').holdReason).toBe('Link from a new account');
    const { watchedWords } = await api.ok(`{ watchedWords { word action } }`, {}, signIn.token);
    expect(watchedWords).toHaveLength(3);
    expect((await api.app.get(ReputationVerifier).verify()).differences).toEqual([]);
  });
});
