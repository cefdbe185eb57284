import { isSuspended, ModerationActionType, ModerationTargetType } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../../core/database/transaction';
import { badUserInput, forbidden } from '../../../core/graphql/errors';
import { parseId } from '../../../core/graphql/parse-id';
import { LiveEvents } from '../../live/live-events.service';
import { User } from '../../users/user.entity';
import { ModerationLog } from '../audit/moderation-log.service';
import { QueueService } from '../queue/queue.service';
import { assertMayActOn, lockUser } from '../targets';
import { ReinstateUserInput, SuspendUserInput, WarnUserInput } from './suspension.inputs';

/** Warnings, suspensions and reinstatement: actions on members, each in the audit log. */
@Injectable()
export class SuspensionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: ModerationLog,
    private readonly queue: QueueService,
    private readonly live: LiveEvents,
  ) {}

  warn(staff: User, input: WarnUserInput): Promise<User> {
    return this.actOn(staff, input.userId, async (manager, member) => {
      await this.log.record(manager, {
        actorId: staff.id,
        action: ModerationActionType.WARN_USER,
        target: userTarget(member),
        subjectUserId: member.id,
        reason: input.reason,
      });
      return member;
    });
  }

  /** Reports about the member were unfounded: they leave the queue. */
  dismissReports(staff: User, input: ReinstateUserInput): Promise<User> {
    return this.actOn(staff, input.userId, async (manager, member) => {
      await this.log.record(manager, {
        actorId: staff.id,
        action: ModerationActionType.DISMISS_REPORTS,
        target: userTarget(member),
        subjectUserId: member.id,
        note: input.note ?? null,
      });
      return member;
    });
  }

  suspend(staff: User, input: SuspendUserInput): Promise<User> {
    if (!(input.until instanceof Date) || Number.isNaN(input.until.getTime()) || input.until <= new Date()) {
      throw badUserInput('A suspension must end in the future.', {
        until: ['must be in the future'],
      });
    }
    return this.actOn(staff, input.userId, async (manager, member) => {
      const before = {
        suspendedUntil: member.suspendedUntil,
        suspensionReason: member.suspensionReason,
      };
      Object.assign(member, {
        suspendedUntil: input.until,
        suspensionReason: input.reason,
      });
      await manager.save(member);
      this.live.memberChanged(manager, member.id);
      await this.log.record(manager, {
        actorId: staff.id,
        action: ModerationActionType.SUSPEND_USER,
        target: userTarget(member),
        subjectUserId: member.id,
        reason: input.reason,
        before,
        after: { suspendedUntil: input.until.toISOString() },
      });
      return member;
    });
  }

  reinstate(staff: User, input: ReinstateUserInput): Promise<User> {
    return this.actOn(staff, input.userId, (manager, member) => this.reinstateIn(manager, staff, member, input.note ?? null));
  }

  /** Ends a suspension early (also when an appeal against it is granted). */
  async reinstateIn(manager: EntityManager, staff: User, member: User, note: string | null): Promise<User> {
    if (!isSuspended(member)) return member;
    const before = {
      suspendedUntil: member.suspendedUntil,
      suspensionReason: member.suspensionReason,
    };
    Object.assign(member, { suspendedUntil: null, suspensionReason: null });
    await manager.save(member);
    this.live.memberChanged(manager, member.id);
    await this.log.record(manager, {
      actorId: staff.id,
      action: ModerationActionType.REINSTATE_USER,
      target: userTarget(member),
      subjectUserId: member.id,
      note,
      before,
    });
    return member;
  }

  private actOn(staff: User, rawUserId: string, work: (manager: EntityManager, member: User) => Promise<User>): Promise<User> {
    const userId = parseId(rawUserId, 'userId');
    if (userId === staff.id) throw forbidden('You cannot act on your own account.');
    return inTransaction(this.dataSource, async (manager) => {
      const member = await lockUser(manager, userId);
      assertMayActOn(staff, member);
      const result = await work(manager, member);
      await this.queue.resolveTarget(manager, userTarget(member), staff.id);
      return result;
    });
  }
}

function userTarget(user: User) {
  return { type: ModerationTargetType.USER, id: user.id };
}
