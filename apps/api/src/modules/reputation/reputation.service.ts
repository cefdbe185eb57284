import { PointsReason, PointsRules } from '@agora/shared';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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

  /** Gives what the rules allow (perhaps less, perhaps 0), and records the event even when it gives 0. */
  async grant(manager: EntityManager, grant: Grant): Promise<number> {
    const reputation = await this.lockUser(manager, grant.userId);
    const group = grant.groupLimit === undefined ? null : capGroupOf(grant.key);
    const dailyCapped = isVoteKey(grant.key) && grant.amount > 0;
    let amount = grant.amount;
    if (group || dailyCapped) {
      const limits = await this.limitsOf(manager, grant.userId, group, dailyCapped);
      if (group) amount = Math.min(amount, Math.max(0, (grant.groupLimit as number) - limits.heldByGroup));
      if (dailyCapped && amount > 0) amount = Math.min(amount, Math.max(0, this.rules.dailyCapFromVotes - limits.earnedFromVotesToday));
    }
    if (amount < 0) amount = Math.max(amount, -reputation);
    await this.write(manager, grant.userId, amount, grant.reason, grant.key, grant);
    return amount;
  }

  /** Grants only if this key never earned anything before ("once per user" bonuses). */
  async grantOnce(manager: EntityManager, grant: Grant): Promise<void> {
    await this.lockUser(manager, grant.userId);
    const [seen] = await manager.query('SELECT 1 FROM reputation_events WHERE user_id = $1 AND key = $2 LIMIT 1', [grant.userId, grant.key]);
    if (!seen) await this.grant(manager, grant);
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
    await this.write(manager, settlement.userId, amount, settlement.reason, settlement.key, settlement);
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
      await this.write(manager, source.userId, taken, PointsReason.PENALTY_ABSORBED, penalty.key, source);
      shortfall -= taken;
    }
    // Non-penalty keys never hold less than 0, so outstanding penalties always cover the shortfall.
    if (shortfall !== 0) throw new Error(`Reputation of user ${source.userId} would fall below 0 with no penalty to absorb it`);
  }

  private async lockUser(manager: EntityManager, userId: string): Promise<number> {
    // NO KEY UPDATE: grants to one member still take turns, but rows that merely reference the member
    // (their votes, their notifications) are not blocked, which made deadlocks under mixed writes.
    const [row] = await manager.query('SELECT reputation FROM users WHERE id = $1 FOR NO KEY UPDATE', [userId]);
    if (!row) throw new Error(`No user ${userId} to give points to`);
    return row.reputation;
  }

  /**
   * What the user's votes already hold: on the key's group, and today. A statement of its own after
   * `lockUser`, so that it sees every grant committed while this transaction waited for the lock.
   */
  private async limitsOf(
    manager: EntityManager,
    userId: string,
    group: string | null,
    daily: boolean,
  ): Promise<{ heldByGroup: number; earnedFromVotesToday: number }> {
    const [row] = await manager.query(
      `SELECT (SELECT COALESCE(SUM(amount), 0) FROM reputation_events WHERE user_id = $1 AND cap_group = $2)::int AS "heldByGroup",
              (CASE WHEN $3 THEN (SELECT COALESCE(SUM(amount), 0) FROM reputation_events
                 WHERE user_id = $1 AND daily_capped AND amount > 0
                   AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') ELSE 0 END)::int AS "earnedFromVotesToday"`,
      [userId, group, daily],
    );
    return row;
  }

  /** The ledger row, the user's total and their points in the community: one statement. */
  private async write(
    manager: EntityManager,
    userId: string,
    amount: number,
    reason: PointsReason,
    key: string,
    source: PointsSource,
  ): Promise<void> {
    const communityId = reason === PointsReason.IMPORTED ? null : (source.communityId ?? null);
    const [row]: { reputation: number | null }[] = await manager.query(
      `WITH event AS (
         INSERT INTO reputation_events (user_id, amount, reason, key, cap_group, daily_capped, question_id, answer_id, community_id, actor_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ), total AS (
         UPDATE users SET reputation = reputation + $2 WHERE id = $1 AND $2 <> 0 RETURNING reputation
       ), in_community AS (
         INSERT INTO user_community_points (user_id, community_id, points)
         SELECT $1, $11, $2 WHERE $11::bigint IS NOT NULL AND $2 <> 0
         ON CONFLICT (user_id, community_id) DO UPDATE SET points = user_community_points.points + EXCLUDED.points
       )
       SELECT (SELECT reputation FROM total) AS reputation`,
      [
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
      ],
    );
    if (amount > 0 && row.reputation !== null) await this.notifications.notifyLevelIfReached(manager, userId, row.reputation, amount);
    if (row.reputation !== null) this.live.pointsChanged(manager, userId, row.reputation, amount); // the anonymous cache
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
