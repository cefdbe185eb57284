import { ModerationTargetType, Role } from '@agora/shared';
import { EntityManager } from 'typeorm';
import { forbidden, notFound } from '../../core/graphql/errors';
import { Answer } from '../answers/answer.entity';
import { Question } from '../questions/question.entity';
import { User } from '../users/user.entity';
import { PostRef } from './post-ref';

export interface Target {
  type: ModerationTargetType;
  id: string;
}

export function targetOf(ref: PostRef): Target {
  return {
    type: ref.kind === 'answer' ? ModerationTargetType.ANSWER : ModerationTargetType.QUESTION,
    id: ref.id,
  };
}

export function refOf(target: Target): PostRef | null {
  if (target.type === ModerationTargetType.USER) return null;
  return {
    kind: target.type === ModerationTargetType.ANSWER ? 'answer' : 'question',
    id: target.id,
  };
}

/** The post, locked for the rest of the transaction. */
export async function lockPost(manager: EntityManager, ref: PostRef): Promise<Question | Answer> {
  const entity = ref.kind === 'answer' ? Answer : Question;
  const post = await manager.findOne<Question | Answer>(entity, {
    where: { id: ref.id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!post) throw notFound(ref.kind === 'answer' ? 'Answer' : 'Question');
  return post;
}

export async function lockUser(manager: EntityManager, userId: string): Promise<User> {
  const user = await manager.findOne(User, {
    where: { id: userId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!user) throw notFound('User');
  return user;
}

/** Staff act on members and on each other, but a moderator never acts on an administrator. */
export function assertMayActOn(staff: User, subject: { id: string; role: Role }): void {
  if (staff.role !== Role.ADMIN && subject.role === Role.ADMIN) throw forbidden('Moderators cannot act on an administrator.');
}

/** The same check for a post, through its author. */
export async function assertMayActOnPost(manager: EntityManager, staff: User, post: { authorId: string }): Promise<void> {
  if (staff.role === Role.ADMIN) return;
  const author = await manager.findOneByOrFail(User, { id: post.authorId });
  assertMayActOn(staff, author);
}

export function isHiddenFromPublic(post: { removedAt: Date | null; hiddenAt: Date | null }): boolean {
  return !!post.removedAt || !!post.hiddenAt;
}

export function snapshotOf(post: Question | Answer): Record<string, unknown> {
  return 'title' in post
    ? {
        title: post.title,
        body: post.body,
        tags: post.tags,
        communityId: post.communityId,
      }
    : { body: post.body, questionId: post.questionId };
}
