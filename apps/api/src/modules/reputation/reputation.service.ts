import { PointsReason, PointsRules } from '@agora/shared';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { prepared } from '../../core/database/prepared';
import { LiveEvents } from '../live/live-events.service';
import { NotificationsService } from '../notifications/notifications.service';
import { capGroupOf, isVoteKey } from './ledger-keys';
import { POINTS_RULES } from './points-rules.provider';

export interface PointsSource {
  questionId?: string | null;
  answerId?: string | null;
  communityId?: string | null;
  actorId?: string | null;
}

export interface Grant extends PointsSource {
  userId: string;
  key: string;
  reason: PointsReason;
  amount: number;
  /** The most that all keys of this key's group may hold together (votes on one post). */
  groupLimit?: number;
}

export interface Settlement extends PointsSource {
  userId: string;
  key: string;
  reason: PointsReason;
}

/** A caller's read made in the grant's own statement: an SQL expression that `param` gives values to. */
export type AlsoSelect = (param: (value: unknown) => string) => string;

export interface GrantOptions {
  /**
   * The caller locked the user's row (`FOR NO KEY UPDATE`) in an earlier statement of this transaction,
   * so the grant needs no lock of its own. An earlier statement, not the same one: the limits are read
   * in the grant's statement, whose snapshot must be younger than the lock.
   */
  userLocked?: boolean;
  /** Read in the grant's statement, after the lock, and returned as `also`. */
  alsoSelect?: AlsoSelect;
}

export interface Granted {
  /** What was given (perhaps less than asked, perhaps 0). */
  amount: number;
  /** The user's reputation after the grant. */
  reputation: number;
  also?: unknown;
}

/** The limits the write applies to the amount it is given, in its own statement (null: none). */
interface WriteLimits {
  /** The most the key's group may hold (votes on one post). */
  groupLimit: number | null;
  /** The most the user may earn from votes today. */
  dailyCap: number | null;
  /** A negative amount takes at most what the user has. */
  floorAtZero: boolean;
}

const NO_LIMITS: WriteLimits = { groupLimit: null, dailyCap: null, floorAtZero: false };

/**
 * The only writer of reputation. Every change is a ledger row plus the same change to
 * `users.reputation`, in the caller's transaction, after locking the user's row: grants to one person
 * are serialised, so limits hold under concurrency and reputation always equals the ledger's sum.
 *
 * Undos are exact: a key always holds exactly what its cause is worth. Reputation still never goes
 * below 0: only penalties hold negative amounts, so when an undo would go below 0, the shortfall is
 * taken off the member's outstanding penalties (and a penalty never takes more than there is).
 */
@Injectable()
export class ReputationService {
  constructor(
    @Inject(POINTS_RULES) readonly rules: PointsRules,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEvents,
  ) {}

  /**
   * Gives what the rules allow (perhaps less, perhaps 0), and records the event even when it gives 0:
   * the lock (unless the caller holds it), then one statement that reads the limits and writes.
   */
  async grant(manager: EntityManager, grant: Grant, options: GrantOptions = {}): Promise<Granted> {
    if (!options.userLocked) await this.lockUser(manager, grant.userId);
    const limits: WriteLimits = {
      groupLimit: grant.groupLimit !== undefined && capGroupOf(grant.key) ? grant.groupLimit : null,
      dailyCap: isVoteKey(grant.key) && grant.amount > 0 ? this.rules.dailyCapFromVotes : null,
      floorAtZero: true,
    };
    return this.write(manager, grant.userId, grant.amount, grant.reason, grant.key, grant, limits, options.alsoSelect);
  }

  /** Grants only if this key never earned anything before ("once per user" bonuses). */
  async grantOnce(manager: EntityManager, grant: Grant): Promise<void> {
    await this.lockUser(manager, grant.userId);
    const [seen] = await manager.query('SELECT 1 FROM reputation_events WHERE user_id = $1 AND key = $2 LIMIT 1', [grant.userId, grant.key]);
    if (!seen) await this.grant(manager, grant, { userLocked: true });
  }

  /** Brings what `key` holds back to 0: the exact undo of whatever it was given. */
  async revoke(manager: EntityManager, settlement: Settlement): Promise<number> {
    return this.settle(manager, settlement, 0);
  }

  /** Brings what `key` holds back to what its last grant gave, for a restored post. */
  async reinstate(manager: EntityManager, settlement: Settlement): Promise<number> {
    const [row] = await manager.query(
      `SELECT amount FROM reputation_events WHERE user_id = $1 AND key = $2 AND reason = ANY($3) ORDER BY id DESC LIMIT 1`,
      [settlement.userId, settlement.key, GRANT_REASONS],
    );
    return this.settle(manager, settlement, row?.amount ?? 0);
  }

  async held(manager: EntityManager, userId: string, key: string): Promise<number> {
    const [row] = await manager.query('SELECT COALESCE(SUM(amount), 0)::int AS held FROM reputation_events WHERE user_id = $1 AND key = $2', [
      userId,
      key,
    ]);
    return row.held;
  }

  /** Keys of this user's that a post earned, with what each holds now. */
  async keysOfPost(manager: EntityManager, userId: string, post: { questionId?: string; answerId?: string }): Promise<{ key: string; held: number }[]> {
    const byAnswer = post.answerId !== undefined;
    return manager.query(
      `SELECT key, SUM(amount)::int AS held FROM reputation_events
        WHERE user_id = $1 AND ${byAnswer ? 'answer_id = $2' : 'question_id = $2 AND answer_id IS NULL'}
          AND key NOT LIKE 'penalty:%'
        GROUP BY key ORDER BY key`,
      [userId, byAnswer ? post.answerId : post.questionId],
    );
  }

  private async settle(manager: EntityManager, settlement: Settlement, target: number): Promise<number> {
    const reputation = await this.lockUser(manager, settlement.userId);
    const held = await this.held(manager, settlement.userId, settlement.key);
    const amount = target - held;
    if (amount === 0) return 0;
    await this.write(manager, settlement.userId, amount, settlement.reason, settlement.key, settlement, NO_LIMITS);
    if (reputation + amount < 0) await this.absorbShortfall(manager, settlement, -(reputation + amount));
    return amount;
  }

  private async absorbShortfall(manager: EntityManager, source: Settlement, shortfall: number): Promise<void> {
    const penalties: { key: string; held: number }[] = await manager.query(
      `SELECT key, SUM(amount)::int AS held FROM reputation_events
        WHERE user_id = $1 AND key LIKE 'penalty:%' GROUP BY key HAVING SUM(amount) < 0 ORDER BY min(id)`,
      [source.userId],
    );
    for (const penalty of penalties) {
      if (shortfall === 0) break;
      const taken = Math.min(shortfall, -penalty.held);
      await this.write(manager, source.userId, taken, PointsReason.PENALTY_ABSORBED, penalty.key, source, NO_LIMITS);
      shortfall -= taken;
    }
    // Non-penalty keys never hold less than 0, so outstanding penalties always cover the shortfall.
    if (shortfall !== 0) throw new Error(`Reputation of user ${source.userId} would fall below 0 with no penalty to absorb it`);
  }

  private async lockUser(manager: EntityManager, userId: string): Promise<number> {
    // NO KEY UPDATE: grants to one member still take turns, but rows that merely reference the member
    // (their votes, their notifications) are not blocked, which made deadlocks under mixed writes.
    const [row] = await manager.query(prepared('SELECT reputation FROM users WHERE id = $1 FOR NO KEY UPDATE'), [userId]);
    if (!row) throw new Error(`No user ${userId} to give points to`);
    return row.reputation;
  }

  /**
   * The ledger row, the user's total and their points in the community: one statement, which first
   * brings `amount` within `limits`. It runs after the user's lock, in a statement of its own, so its
   * snapshot holds every grant committed before the lock: what the group holds and what the votes
   * earned today are exact, however many grants to the user wait behind it.
   */
  private async write(
    manager: EntityManager,
    userId: string,
    amount: number,
    reason: PointsReason,
    key: string,
    source: PointsSource,
    limits: WriteLimits,
    alsoSelect?: AlsoSelect,
  ): Promise<Granted> {
    const communityId = reason === PointsReason.IMPORTED ? null : (source.communityId ?? null);
    const params: unknown[] = [
      userId,
      amount,
      reason,
      key,
      capGroupOf(key),
      // Only first-hand grants count against the day; undos and restorations do not.
      isVoteKey(key) && GRANT_REASONS.includes(reason),
      source.questionId ?? null,
      source.answerId ?? null,
      source.communityId ?? null,
      source.actorId ?? null,
      communityId,
      limits.groupLimit,
      limits.dailyCap,
      limits.floorAtZero,
    ];
    const also = alsoSelect?.((value) => `$${params.push(value)}`);
    const [row]: { amount: number; reputation: number; also?: unknown }[] = await manager.query(
      prepared(`WITH by_group AS (
         SELECT CASE WHEN $12::int IS NULL THEN $2::int
                     ELSE LEAST($2, GREATEST(0, $12 - (SELECT COALESCE(SUM(amount), 0) FROM reputation_events WHERE user_id = $1 AND cap_group = $5)::int)) END AS amount
       ), by_day AS (
         SELECT CASE WHEN $13::int IS NULL OR amount <= 0 THEN amount
                     ELSE LEAST(amount, GREATEST(0, $13 - (SELECT COALESCE(SUM(amount), 0) FROM reputation_events
                       WHERE user_id = $1 AND daily_capped AND amount > 0
                         AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')::int)) END AS amount
           FROM by_group
       ), granted AS (
         SELECT CASE WHEN $14 AND amount < 0 THEN GREATEST(amount, -(SELECT reputation FROM users WHERE id = $1)) ELSE amount END AS amount
           FROM by_day
       ), event AS (
         INSERT INTO reputation_events (user_id, amount, reason, key, cap_group, daily_capped, question_id, answer_id, community_id, actor_id)
         SELECT $1, amount, $3, $4, $5, $6, $7, $8, $9, $10 FROM granted
       ), total AS (
         UPDATE users SET reputation = reputation + granted.amount FROM granted WHERE id = $1 AND granted.amount <> 0 RETURNING reputation
       ), in_community AS (
         INSERT INTO user_community_points (user_id, community_id, points)
         SELECT $1, $11, amount FROM granted WHERE $11::bigint IS NOT NULL AND amount <> 0
         ON CONFLICT (user_id, community_id) DO UPDATE SET points = user_community_points.points + EXCLUDED.points
       )
       SELECT granted.amount, COALESCE((SELECT reputation FROM total), (SELECT reputation FROM users WHERE id = $1)) AS reputation${also ? `, ${also} AS also` : ''}
         FROM granted`),
      params,
    );
    if (row.amount > 0) await this.notifications.notifyLevelIfReached(manager, userId, row.reputation, row.amount);
    if (row.amount !== 0) this.live.pointsChanged(manager, userId, row.reputation, row.amount); // the anonymous cache
    return row;
  }
}

/** Reasons whose rows give what a key is worth; `reinstate` restores the latest of them. */
export const GRANT_REASONS: PointsReason[] = [
  PointsReason.FIRST_QUESTION,
  PointsReason.FIRST_ANSWER,
  PointsReason.ME_TOO_RECEIVED,
  PointsReason.ANSWER_MARKED_HELPFUL,
  PointsReason.TIP_MARKED_HELPFUL,
  PointsReason.ANSWER_ACCEPTED,
  PointsReason.ACCEPTED_AN_ANSWER,
  PointsReason.ANSWER_RECOMMENDED,
];
