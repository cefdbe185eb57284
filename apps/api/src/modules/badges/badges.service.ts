import { BadgeDefinition, BADGES, BadgeRule, isStaff, levelFor, Role } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';

type RuleKind = BadgeRule['kind'];

/** What each counted rule counts, as SQL over the user `u`; `$community` is the community being evaluated. */
const COUNTERS: Record<Exclude<RuleKind, 'level' | 'staff'>, string> = {
  questionsAsked: `(SELECT count(*) FROM questions WHERE author_id = u.id AND kind = 'QUESTION')`,
  answersPosted: `(SELECT count(*) FROM answers WHERE author_id = u.id)`,
  solutions: `(SELECT count(*) FROM answers a JOIN questions q ON q.solution_answer_id = a.id WHERE a.author_id = u.id)`,
  helpfulMarksReceived: `((SELECT COALESCE(sum(helpful_count), 0) FROM answers WHERE author_id = u.id)
    + (SELECT COALESCE(sum(helpful_count), 0) FROM questions WHERE author_id = u.id AND kind = 'USER_TIP'))`,
  helpfulMarksOnOneAnswer: `(SELECT COALESCE(max(helpful_count), 0) FROM answers WHERE author_id = u.id)`,
  helpfulMarksOnOneTip: `(SELECT COALESCE(max(helpful_count), 0) FROM questions WHERE author_id = u.id AND kind = 'USER_TIP')`,
  solutionsInOneCommunity: `(SELECT count(*) FROM answers a JOIN questions q ON q.solution_answer_id = a.id
    WHERE a.author_id = u.id AND q.community_id = $community)`,
};

/** The rules an event can change, so that the others cost nothing. */
export const BADGES_AFTER = {
  questionAsked: ['questionsAsked', 'level'],
  answerPosted: ['answersPosted', 'level'],
  helpfulMarkOnAnswer: ['helpfulMarksReceived', 'helpfulMarksOnOneAnswer', 'level'],
  helpfulMarkOnTip: ['helpfulMarksReceived', 'helpfulMarksOnOneTip', 'level'],
  solutionAccepted: ['solutions', 'solutionsInOneCommunity', 'level'],
  pointsChanged: ['level'],
  anything: BADGES.map((badge) => badge.rule.kind),
} satisfies Record<string, RuleKind[]>;

interface Standing {
  role: Role;
  reputation: number;
  /** Badges already held, as `badgeId:communityId` (empty community for the others). */
  held: string[];
  /** Per counted rule kind; null when every badge of that kind is already held (not counted). */
  counts: Partial<Record<RuleKind, number | null>>;
}

const STAFF_BADGE = BADGES.find((badge) => badge.rule.kind === 'staff')?.id as string;

/**
 * Awards badges in the transaction of the event that earns them. Earned badges are kept even when
 * their condition is later undone, except the staff badge, which follows the role.
 */
const BATCH = 500;

@Injectable()
export class BadgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Every member, every community they solved something in; idempotent, in batches. */
  async evaluateEveryone(): Promise<void> {
    for (let afterId = '0'; ; ) {
      const rows: { user_id: string; community_ids: string[] }[] = await this.dataSource.query(
        `SELECT u.id AS user_id,
                ARRAY(SELECT DISTINCT q.community_id::text FROM answers a JOIN questions q ON q.solution_answer_id = a.id
                       WHERE a.author_id = u.id) AS community_ids
           FROM users u WHERE u.id > $1 ORDER BY u.id LIMIT $2`,
        [afterId, BATCH],
      );
      if (rows.length === 0) return;
      await this.dataSource.transaction(async (manager) => {
        for (const row of rows) {
          await this.evaluate(manager, row.user_id);
          for (const communityId of row.community_ids) await this.evaluate(manager, row.user_id, communityId);
        }
      });
      afterId = rows[rows.length - 1].user_id;
    }
  }

  /** Awards what `userId` now earns among the badges of `kinds` (all by default). */
  async evaluate(manager: EntityManager, userId: string, communityId: string | null = null, kinds: readonly RuleKind[] = BADGES_AFTER.anything): Promise<void> {
    // Badges of one community are only earned where something was solved.
    const candidates = BADGES.filter((badge) => kinds.includes(badge.rule.kind) && (communityId !== null || badge.rule.kind !== 'solutionsInOneCommunity'));
    const standing = await this.standingOf(manager, userId, communityId, candidates);
    if (!standing) return;
    const held = new Set(standing.held);
    for (const badge of candidates) {
      const heldKey = heldKeyOf(badge, communityId);
      if (held.has(heldKey) || !earns(badge.rule, standing)) continue;
      const awarded = await manager.query(
        `INSERT INTO user_badges (user_id, badge_id, community_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
        [userId, badge.id, badge.rule.kind === 'solutionsInOneCommunity' ? communityId : null],
      );
      if (awarded.length > 0) await this.notifications.notifyBadgeEarned(manager, userId, badge.id);
    }
    if (kinds.includes('staff') && !isStaff(standing.role) && held.has(`${STAFF_BADGE}:`)) {
      await manager.query('DELETE FROM user_badges WHERE user_id = $1 AND badge_id = $2', [userId, STAFF_BADGE]);
    }
  }

  /**
   * One statement: the user, the badges they hold, and a count for each candidate rule kind. A count
   * is skipped (CASE evaluates lazily) when every badge it could give is held, so a busy author's
   * whole history is not recounted on each vote.
   */
  private async standingOf(manager: EntityManager, userId: string, communityId: string | null, candidates: readonly BadgeDefinition[]): Promise<Standing | null> {
    const params: unknown[] = [userId];
    const counted = [...new Set(candidates.map((badge) => badge.rule.kind))].filter((kind): kind is keyof typeof COUNTERS => kind in COUNTERS);
    const columns = counted.map((kind) => {
      params.push(candidates.filter((badge) => badge.rule.kind === kind).map((badge) => heldKeyOf(badge, communityId)));
      const heldKeys = `$${params.length}::text[]`;
      let count = COUNTERS[kind];
      if (count.includes('$community')) count = count.replace('$community', `$${params.push(communityId)}::bigint`);
      return `CASE WHEN NOT (held.keys @> ${heldKeys}) THEN ${count} END::int AS "${kind}"`;
    });
    const [row] = await manager.query(
      `SELECT u.role, u.reputation, held.keys AS held${columns.map((column) => `,\n ${column}`).join('')}
         FROM users u
         CROSS JOIN LATERAL (SELECT ARRAY(SELECT badge_id || ':' || COALESCE(community_id::text, '') FROM user_badges WHERE user_id = u.id) AS keys) held
        WHERE u.id = $1`,
      params,
    );
    if (!row) return null;
    return { role: row.role, reputation: row.reputation, held: row.held, counts: Object.fromEntries(counted.map((kind) => [kind, row[kind]])) };
  }
}

function heldKeyOf(badge: BadgeDefinition, communityId: string | null): string {
  return `${badge.id}:${badge.rule.kind === 'solutionsInOneCommunity' ? (communityId ?? '') : ''}`;
}

function earns(rule: BadgeRule, standing: Standing): boolean {
  switch (rule.kind) {
    case 'level':
      return levelFor(standing.reputation) >= rule.atLeast;
    case 'staff':
      return isStaff(standing.role);
    default:
      return (standing.counts[rule.kind] ?? 0) >= rule.atLeast;
  }
}
