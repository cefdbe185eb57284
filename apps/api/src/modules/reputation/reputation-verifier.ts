import { BADGES, levelFor, PointsReason, PointsRules } from '@agora/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { stillEarns } from '../moderation/still-earns';
import { capGroupOf, isVoteKey } from './ledger-keys';
import { POINTS_RULES } from './points-rules.provider';
import { GRANT_REASONS } from './reputation.service';

export interface VerificationReport {
  usersChecked: number;
  ledgerRows: number;
  differences: string[];
}

interface LedgerRow {
  id: string;
  user_id: string;
  amount: number;
  reason: PointsReason;
  key: string;
  day: string;
}

const BATCH = 20_000;

/**
 * Recomputes reputation from scratch and reports every disagreement: each ledger row against what the
 * rules give at that point of the history, each user's reputation against the replay, every vote,
 * me-too, solution and recommendation against what the ledger holds for it, and badges against levels
 * and counts. `npm run reputation:verify` runs it on a database.
 */
@Injectable()
export class ReputationVerifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(POINTS_RULES) private readonly rules: PointsRules,
  ) {}

  async verify(): Promise<VerificationReport> {
    const differences: string[] = [];
    const replay = await this.replayLedger(differences);
    await this.compareReputation(replay.reputation, differences);
    await this.compareCommunityPoints(differences);
    await this.compareHoldings(differences);
    await this.compareBadges(differences);
    return { usersChecked: replay.reputation.size, ledgerRows: replay.rows, differences };
  }

  private async replayLedger(differences: string[]) {
    const reputation = new Map<string, number>();
    const held = new Map<string, number>();
    const lastGrant = new Map<string, number>();
    const earnedOnDay = new Map<string, number>();
    let rows = 0;
    for (let afterId = '0'; ; ) {
      const batch: LedgerRow[] = await this.dataSource.query(
        `SELECT id, user_id, amount, reason, key, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
           FROM reputation_events WHERE id > $1 ORDER BY id LIMIT $2`,
        [afterId, BATCH],
      );
      if (batch.length === 0) break;
      for (const row of batch) {
        const current = reputation.get(row.user_id) ?? 0;
        if (current < 0 && row.reason !== PointsReason.PENALTY_ABSORBED) {
          differences.push(`user ${row.user_id}: left at ${current} before ledger row ${row.id}`);
        }
        const keyOf = (key: string) => `${row.user_id}|${key}`;
        const heldNow = held.get(keyOf(row.key)) ?? 0;
        const group = capGroupOf(row.key);
        const groupHeld = group ? (held.get(keyOf(`group:${group}`)) ?? 0) : 0;
        const dayKey = `${row.user_id}|${row.day}`;
        const expected = this.expectedAmount(row, current, heldNow, groupHeld, earnedOnDay.get(dayKey) ?? 0, lastGrant.get(keyOf(row.key)) ?? 0);
        if (expected !== row.amount) {
          differences.push(`ledger row ${row.id} (${row.reason}, ${row.key}, user ${row.user_id}): recorded ${row.amount}, rules give ${expected}`);
        }
        reputation.set(row.user_id, current + row.amount);
        held.set(keyOf(row.key), heldNow + row.amount);
        if (group) held.set(keyOf(`group:${group}`), groupHeld + row.amount);
        if (GRANT_REASONS.includes(row.reason)) {
          lastGrant.set(keyOf(row.key), row.amount);
          if (isVoteKey(row.key) && row.amount > 0) earnedOnDay.set(dayKey, (earnedOnDay.get(dayKey) ?? 0) + row.amount);
        }
      }
      rows += batch.length;
      afterId = batch[batch.length - 1].id;
    }
    return { reputation, rows };
  }

  private expectedAmount(row: LedgerRow, reputation: number, held: number, groupHeld: number, earnedToday: number, lastGrant: number): number {
    const r = this.rules;
    switch (row.reason) {
      case PointsReason.IMPORTED:
        return row.amount;
      case PointsReason.REMOVED_AS_SPAM_OR_ABUSE:
        return Math.max(r.removedAsSpamOrAbuse, -reputation);
      case PointsReason.PENALTY_ABSORBED:
        // Takes off a penalty no more than it holds, and no more than the shortfall below 0.
        return Math.min(-held, -reputation);
      case PointsReason.POST_RESTORED:
        return lastGrant - held;
      case PointsReason.FIRST_QUESTION:
      case PointsReason.FIRST_ANSWER:
      case PointsReason.ME_TOO_RECEIVED:
      case PointsReason.ANSWER_MARKED_HELPFUL:
      case PointsReason.TIP_MARKED_HELPFUL:
      case PointsReason.ANSWER_ACCEPTED:
      case PointsReason.ACCEPTED_AN_ANSWER:
      case PointsReason.ANSWER_RECOMMENDED: {
        const { base, groupLimit } = this.grantRule(row.reason);
        let amount = base;
        if (groupLimit !== undefined) amount = Math.min(amount, Math.max(0, groupLimit - groupHeld));
        if (isVoteKey(row.key) && amount > 0) amount = Math.min(amount, Math.max(0, r.dailyCapFromVotes - earnedToday));
        return amount;
      }
      default:
        return -held;
    }
  }

  private grantRule(reason: PointsReason): { base: number; groupLimit?: number } {
    const r = this.rules;
    switch (reason) {
      case PointsReason.FIRST_QUESTION:
        return { base: r.firstQuestion };
      case PointsReason.FIRST_ANSWER:
        return { base: r.firstAnswerToOthers };
      case PointsReason.ME_TOO_RECEIVED:
        return { base: r.meTooReceived, groupLimit: r.maxRewardedMeToosPerQuestion * r.meTooReceived };
      case PointsReason.ANSWER_MARKED_HELPFUL:
        return { base: r.answerMarkedHelpful, groupLimit: r.maxRewardedHelpfulMarksPerAnswer * r.answerMarkedHelpful };
      case PointsReason.TIP_MARKED_HELPFUL:
        return { base: r.tipMarkedHelpful, groupLimit: r.maxPointsPerTip };
      case PointsReason.ANSWER_ACCEPTED:
        return { base: r.answerAccepted };
      case PointsReason.ACCEPTED_AN_ANSWER:
        return { base: r.acceptedSomeoneElsesAnswer };
      default:
        return { base: r.answerRecommended };
    }
  }

  private async compareReputation(replayed: Map<string, number>, differences: string[]): Promise<void> {
    const users: { id: string; reputation: number }[] = await this.dataSource.query('SELECT id, reputation FROM users');
    for (const user of users) {
      const expected = replayed.get(user.id) ?? 0;
      if (user.reputation !== expected) differences.push(`user ${user.id}: reputation ${user.reputation}, ledger replay gives ${expected}`);
      if (user.reputation < 0) differences.push(`user ${user.id}: reputation ${user.reputation} is below 0`);
    }
  }

  /** A member without a row in a community has 0 points there: a grant that gives 0 writes none. */
  private async compareCommunityPoints(differences: string[]): Promise<void> {
    const rows: { user_id: string; community_id: string; kept: number | null; ledger: number | null }[] = await this.dataSource.query(`
      SELECT COALESCE(p.user_id, l.user_id) AS user_id, COALESCE(p.community_id, l.community_id) AS community_id, p.points AS kept, l.total AS ledger
        FROM user_community_points p
        FULL JOIN (SELECT user_id, community_id, SUM(amount)::int AS total FROM reputation_events
                    WHERE community_id IS NOT NULL AND reason <> 'IMPORTED' GROUP BY user_id, community_id) l
          ON l.user_id = p.user_id AND l.community_id = p.community_id
       WHERE COALESCE(p.points, 0) <> COALESCE(l.total, 0)`);
    for (const row of rows) {
      differences.push(`user ${row.user_id} in community ${row.community_id}: ${row.kept ?? 0} points kept, the ledger sums ${row.ledger ?? 0}`);
    }
  }

  /** Every cause on a visible post holds what its last grant gave; every key holding points has a cause. */
  private async compareHoldings(differences: string[]): Promise<void> {
    const causes: { user_id: string; key: string }[] = await this.dataSource.query(`
      SELECT a.author_id AS user_id, 'helpful:' || v.answer_id || ':' || v.user_id AS key
        FROM helpful_votes v JOIN answers a ON a.id = v.answer_id JOIN questions q ON q.id = a.question_id
       WHERE a.removed_at IS NULL AND q.removed_at IS NULL
      UNION ALL
      SELECT q.author_id, 'me-too:' || m.question_id || ':' || m.user_id
        FROM question_me_toos m JOIN questions q ON q.id = m.question_id WHERE q.removed_at IS NULL
      UNION ALL
      SELECT t.author_id, 'tip-helpful:' || v.tip_id || ':' || v.user_id
        FROM tip_helpful_votes v JOIN questions t ON t.id = v.tip_id WHERE t.removed_at IS NULL
      UNION ALL
      SELECT a.author_id, 'accepted:' || a.id
        FROM questions q JOIN answers a ON a.id = q.solution_answer_id
       WHERE a.removed_at IS NULL AND q.removed_at IS NULL AND EXISTS (SELECT 1 FROM reputation_events e WHERE e.key = 'accepted:' || a.id)
      UNION ALL
      SELECT a.author_id, 'recommended:' || a.id
        FROM answers a WHERE a.recommended_at IS NOT NULL AND a.removed_at IS NULL AND a.recommended_by_id <> a.author_id`);
    const holdings: { user_id: string; key: string; held: number; last_grant: number | null }[] = await this.dataSource.query(
      `SELECT user_id, key, SUM(amount)::int AS held,
              (SELECT amount FROM reputation_events g WHERE g.user_id = e.user_id AND g.key = e.key AND g.reason = ANY($1)
                ORDER BY g.id DESC LIMIT 1) AS last_grant
         FROM reputation_events e GROUP BY user_id, key`,
      [GRANT_REASONS],
    );
    const byKey = new Map(holdings.map((h) => [`${h.user_id}|${h.key}`, h]));
    for (const cause of causes) {
      const holding = byKey.get(`${cause.user_id}|${cause.key}`);
      if (!holding || holding.last_grant === null) differences.push(`${cause.key}: exists but the ledger never granted it`);
      else if (holding.held !== holding.last_grant) differences.push(`${cause.key}: holds ${holding.held}, its grant gave ${holding.last_grant}`);
    }
    for (const holding of holdings) {
      if (holding.held === 0 || /^(imported|penalty|first-question|first-answer|accepter):/.test(holding.key)) continue;
      if (!(await stillEarns(this.dataSource.manager, holding.key))) differences.push(`${holding.key}: holds ${holding.held} but its cause is gone`);
    }
  }

  /** Badges are kept once earned, so only missing ones are differences (the staff badge follows the role). */
  private async compareBadges(differences: string[]): Promise<void> {
    const users: { id: string; reputation: number; role: string }[] = await this.dataSource.query('SELECT id, reputation, role FROM users');
    const held: { user_id: string; badge_id: string }[] = await this.dataSource.query('SELECT user_id, badge_id FROM user_badges');
    const holds = new Set(held.map((h) => `${h.user_id}|${h.badge_id}`));
    for (const user of users) {
      for (const badge of BADGES) {
        const due =
          (badge.rule.kind === 'level' && levelFor(user.reputation) >= badge.rule.atLeast) ||
          (badge.rule.kind === 'staff' && user.role !== 'MEMBER');
        if (due && !holds.has(`${user.id}|${badge.id}`)) differences.push(`user ${user.id}: should hold ${badge.id}`);
        if (badge.rule.kind === 'staff' && user.role === 'MEMBER' && holds.has(`${user.id}|${badge.id}`)) {
          differences.push(`user ${user.id}: holds ${badge.id} without a staff role`);
        }
      }
    }
  }
}
