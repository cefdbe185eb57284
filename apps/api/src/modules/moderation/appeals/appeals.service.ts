import { APPEALABLE_ACTIONS, isSuspended, ModerationActionType, ModerationTargetType } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../../core/database/transaction';
import { forbidden, notFound } from '../../../core/graphql/errors';
import { parseId } from '../../../core/graphql/parse-id';
import { User } from '../../users/user.entity';
import { ModerationLogEntry } from '../audit/moderation-log-entry.entity';
import { ModerationLog } from '../audit/moderation-log.service';
import { ModerationService } from '../moderation.service';
import { PostVisibilityService } from '../post-visibility.service';
import { QueueService } from '../queue/queue.service';
import { SuspensionsService } from '../suspensions/suspensions.service';
import { lockUser, refOf, Target } from '../targets';
import { Appeal } from './appeal.entity';
import { AppealInput, ResolveAppealInput } from './appeal.inputs';

/** A member may appeal each action about them once, while it still stands; staff grant or deny it. */
@Injectable()
export class AppealsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: ModerationLog,
    private readonly queue: QueueService,
    private readonly moderation: ModerationService,
    private readonly visibility: PostVisibilityService,
    private readonly suspensions: SuspensionsService,
  ) {}

  appeal(member: User, input: AppealInput): Promise<Appeal> {
    const actionId = parseId(input.actionId, 'actionId');
    return inTransaction(this.dataSource, async (manager) => {
      const action = await manager.findOneBy(ModerationLogEntry, {
        id: actionId,
      });
      if (!action || action.subjectUserId !== member.id) throw notFound('Moderation action');
      if (!APPEALABLE_ACTIONS.includes(action.action)) throw forbidden('This action cannot be appealed.');
      if (!(await this.stillStands(manager, action))) throw forbidden('This action no longer applies, so there is nothing to appeal.');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Appeal)
        .values({ actionId, appellantId: member.id, message: input.message })
        .orIgnore()
        .returning(['id'])
        .execute();
      if (inserted.raw.length === 0) throw forbidden('You have already appealed this action.');
      const appealId: string = inserted.raw[0].id;
      await this.queue.enqueueAppeal(manager, appealId, targetOfAction(action));
      return manager.findOneByOrFail(Appeal, { id: appealId });
    });
  }

  resolve(staff: User, input: ResolveAppealInput): Promise<Appeal> {
    const appealId = parseId(input.appealId, 'appealId');
    return inTransaction(this.dataSource, async (manager) => {
      const appeal = await manager.findOne(Appeal, {
        where: { id: appealId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!appeal) throw notFound('Appeal');
      if (appeal.resolvedAt) throw forbidden('This appeal was already decided.');
      if (appeal.appellantId === staff.id) throw forbidden('You cannot decide your own appeal.');
      const action = await manager.findOneByOrFail(ModerationLogEntry, {
        id: appeal.actionId,
      });
      if (input.grant && (await this.stillStands(manager, action))) await this.reverse(manager, staff, action);
      Object.assign(appeal, {
        resolvedAt: new Date(),
        granted: input.grant,
        response: input.response ?? null,
      });
      await manager.save(appeal);
      await this.queue.resolveAppeal(manager, appeal.id, staff.id);
      await this.log.record(manager, {
        actorId: staff.id,
        action: input.grant ? ModerationActionType.GRANT_APPEAL : ModerationActionType.DENY_APPEAL,
        target: targetOfAction(action),
        subjectUserId: appeal.appellantId,
        reason: action.action,
        note: input.response ?? null,
      });
      return appeal;
    });
  }

  actionOf(appeal: Appeal): Promise<ModerationLogEntry> {
    return this.dataSource.getRepository(ModerationLogEntry).findOneByOrFail({ id: appeal.actionId });
  }

  /** Whether the action is still in effect: the post still hidden or removed, the member still suspended. */
  async stillStands(manager: EntityManager, action: ModerationLogEntry): Promise<boolean> {
    const target = targetOfAction(action);
    if (action.action === ModerationActionType.SUSPEND_USER) {
      const user = await manager.findOneBy(User, { id: target.id });
      return !!user && isSuspended(user);
    }
    const ref = refOf(target);
    if (!ref) return false;
    const table = ref.kind === 'answer' ? 'answers' : 'questions';
    const column = action.action === ModerationActionType.REMOVE_POST ? 'removed_at' : 'hidden_at';
    const [row] = await manager.query(`SELECT ${column} IS NOT NULL AS stands FROM ${table} WHERE id = $1`, [ref.id]);
    return !!row?.stands;
  }

  private async reverse(manager: EntityManager, staff: User, action: ModerationLogEntry): Promise<void> {
    const target = targetOfAction(action);
    const ref = refOf(target);
    if (action.action === ModerationActionType.SUSPEND_USER) {
      await this.suspensions.reinstateIn(manager, staff, await lockUser(manager, target.id), 'Appeal granted');
    } else if (ref && action.action === ModerationActionType.REMOVE_POST) {
      await this.moderation.restoreIn(manager, staff, ref, 'Appeal granted');
    } else if (ref) {
      await this.visibility.show(manager, staff, ref);
    }
  }
}

function targetOfAction(action: ModerationLogEntry): Target {
  return {
    type: action.targetType ?? ModerationTargetType.USER,
    id: action.targetId ?? (action.subjectUserId as string),
  };
}
