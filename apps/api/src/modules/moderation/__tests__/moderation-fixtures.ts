import { TestApp, TestUser } from '../../../testing/test-app';

export const REPORT = `mutation($input: ReportInput!) { submitReport(input: $input) { id reason targetType targetId } }`;
export const QUESTION_STATE = `query($id: ID!) {
  question(id: $id) { id moderationState moderationReason isLocked isPinned mergedInto { id } answerCount meTooCount answers { id moderationState } }
}`;
export const MY_ACTIONS = `{ myModerationActions { id action reason note canAppeal question { id } appeal { id granted } } }`;
export const QUEUE = `query($filter: ModerationQueueFilter) {
  moderationQueue(filter: $filter) {
    totalCount
    edges { node { id kind targetType targetId holdReason reasons authorLevel author { id }
      question { id } answer { id } reports { reason note reporter { id } duplicateOf { id } }
      authorHistory { action } appeal { id message action { id action } } } }
  }
}`;

/** A member with `reputation` points (level 2 starts at 150). */
export async function member(api: TestApp, name: string, reputation = 0): Promise<TestUser> {
  const user = await api.signUp(name);
  if (reputation) await api.importReputation(user.id, reputation);
  return user;
}

export async function staff(api: TestApp, name: string, role: 'MODERATOR' | 'ADMIN' = 'MODERATOR'): Promise<TestUser> {
  const user = await api.signUp(name);
  await api.setRole(user.id, role);
  return user;
}

export async function reportPost(
  api: TestApp,
  reporter: TestUser,
  target: { questionId?: string; answerId?: string; userId?: string },
  reason = 'ABUSIVE',
) {
  return api.gql(REPORT, { input: { ...target, reason } }, reporter.token);
}

export async function queueItems(api: TestApp, moderator: TestUser, filter?: Record<string, unknown>) {
  const { moderationQueue } = await api.ok(QUEUE, { filter }, moderator.token);
  return moderationQueue.edges.map((edge: { node: unknown }) => edge.node) as ReturnType<typeof JSON.parse>[];
}
