import { BadgeDefinition, BADGES, BadgeRule, isStaff, LEVEL_THRESHOLDS, levelFor, Role, STAFF_ROLES } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { prepared } from '../../core/database/prepared';
import { LiveEvents } from '../live/live-events.service';
import { NotificationsService } from '../notifications/notifications.service';

type RuleKind = BadgeRule['kind'];

type CountedKind = Exclude<RuleKind, 'level' | 'staff'>;

/**
 * What each counted rule counts: the rows it counts for their author (`user_id`; `community_id` for
 * the per-community rule) and how they add up. The per-user counters and the evaluation of everyone
 * are both built from these, so the two cannot count differently.
 */
const TALLIES: Record<CountedKind, { rows: string; total: string; perCommunity?: true }> = {
  questionsAsked: { rows: `SELECT author_id AS user_id FROM questions WHERE kind = 'QUESTION'`, total: 'count(*)' },
  answersPosted: { rows: `SELECT author_id AS user_id FROM answers`, total: 'count(*)' },
  solutions: { rows: `SELECT a.author_id AS user_id FROM answers a JOIN questions q ON q.solution_answer_id = a.id`, total: 'count(*)' },
  helpfulMarksReceived: {
    rows: `SELECT author_id AS user_id, helpful_count FROM answers
           UNION ALL SELECT author_id, helpful_count FROM questions WHERE kind = 'USER_TIP'`,
    total: 'COALESCE(sum(helpful_count), 0)',
  },
  helpfulMarksOnOneAnswer: { rows: `SELECT author_id AS user_id, helpful_count FROM answers`, total: 'COALESCE(max(helpful_count), 0)' },
  helpfulMarksOnOneTip: { rows: `SELECT author_id AS user_id, helpful_count FROM questions WHERE kind = 'USER_TIP'`, total: 'COALESCE(max(helpful_count), 0)' },
  solutionsInOneCommunity: {
    rows: `SELECT a.author_id AS user_id, q.community_id FROM answers a JOIN questions q ON q.solution_answer_id = a.id`,
    total: 'count(*)',
    perCommunity: true,
  },
};

/** What each counted rule counts, as SQL over the user `u`; `$community` is the community being evaluated. */
const COUNTERS = Object.fromEntries(
  Object.entries(TALLIES).map(([kind, { rows, total, perCommunity }]) => [
    kind,
    `(SELECT ${total} FROM (${rows}) s WHERE s.user_id = u.id${perCommunity ? ' AND s.community_id = $community' : ''})`,
  ]),
) as Record<CountedKind, string>;

/** `levelFor(reputation)` in SQL: the highest level whose threshold is reached. */
const LEVEL_OF_REPUTATION = `CASE ${LEVEL_THRESHOLDS.map((minimum, index) => `WHEN reputation >= ${minimum} THEN ${index + 1}`)
  .slice(1)
  .reverse()
  .join(' ')} ELSE 1 END`;

const STAFF_ROLE_LIST = STAFF_ROLES.map((role) => `'${role}'`).join(', ');

/**
 * For everyone at once: `total` per user (and community, for the per-community rule), to compare
 * with each badge's threshold. Members without a single counted row are left out, which loses
 * nothing while no counted rule asks for less than 1.
 */
const TOTALS: Record<RuleKind, string> = {
  ...(Object.fromEntries(
    Object.entries(TALLIES).map(([kind, { rows, total, perCommunity }]) => [
      kind,
      `SELECT s.user_id, ${perCommunity ? 's.community_id' : 'NULL::bigint'} AS community_id, ${total} AS total FROM (${rows}) s GROUP BY 1, 2`,
    ]),
  ) as Record<CountedKind, string>),
  level: `SELECT id AS user_id, NULL::bigint AS community_id, ${LEVEL_OF_REPUTATION} AS total FROM users`,
  staff: `SELECT id AS user_id, NULL::bigint AS community_id, 1 AS total FROM users WHERE role IN (${STAFF_ROLE_LIST})`,
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

/**
 * Whether a count of `kind` going from `before` to `after` reaches a badge's threshold. Earned badges
 * are awarded as they are earned, so when a single count moves, only a threshold it crosses can give one.
 */
export function crossesBadgeThreshold(kind: CountedKind, before: number, after: number): boolean {
  return BADGES.some((badge) => badge.rule.kind === kind && 'atLeast' in badge.rule && before < badge.rule.atLeast && after >= badge.rule.atLeast);
}

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
@Injectable()
export class BadgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEvents,
  ) {}

  /**
   * What `evaluate` would award to every member (and in every community they solved something in),
   * in one transaction: one statement per rule kind, one notification statement per badge awarded.
   * Idempotent: held badges are not awarded again, so nobody hears of them twice.
   */
  async evaluateEveryone(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const kind of new Set(BADGES.map((badge) => badge.rule.kind))) {
        const badges = BADGES.filter((badge) => badge.rule.kind === kind);
        const awarded: { user_id: string; badge_id: string }[] = await manager.query(
          `INSERT INTO user_badges (user_id, badge_id, community_id)
           SELECT t.user_id, b.badge_id, t.community_id
             FROM (${TOTALS[kind]}) t
             JOIN unnest($1::text[], $2::int[]) AS b(badge_id, at_least) ON t.total >= b.at_least
           ON CONFLICT DO NOTHING
           RETURNING user_id, badge_id`,
          [badges.map((badge) => badge.id), badges.map((badge) => ('atLeast' in badge.rule ? badge.rule.atLeast : 1))],
        );
        for (const badge of badges) {
          const holders = awarded.filter((row) => row.badge_id === badge.id).map((row) => row.user_id);
          await this.notifications.notifyBadgeEarned(manager, holders, badge.id);
        }
        this.live.badgesChanged(manager, awarded.map((row) => row.user_id)); // the anonymous cache
      }
      await manager.query(
        `DELETE FROM user_badges b USING users u WHERE b.user_id = u.id AND b.badge_id = $1 AND u.role NOT IN (${STAFF_ROLE_LIST})`,
        [STAFF_BADGE],
      );
    });
  }

  /**
   * Awards what `userId` now earns among the badges of `kinds` (all by default). `read` is the standing
   * when the caller read it already (see `standingSelect`), with the reputation its statement wrote.
   */
  async evaluate(
    manager: EntityManager,
    userId: string,
    communityId: string | null = null,
    kinds: readonly RuleKind[] = BADGES_AFTER.anything,
    read?: { standing: unknown; reputation: number },
  ): Promise<void> {
    const candidates = candidatesOf(communityId, kinds);
    if (candidates.length === 0) return;
    let standing: Standing | null;
    if (read) standing = read.standing ? { ...standingFrom(read.standing as Record<string, unknown>, candidates), reputation: read.reputation } : null;
    else {
      const params: unknown[] = [userId];
      const [row] = await manager.query(prepared(standingSql('$1', communityId, candidates, (value) => `$${params.push(value)}`)), params);
      standing = row ? standingFrom(row, candidates) : null;
    }
    if (!standing) return;
    const held = new Set(standing.held);
    for (const badge of candidates) {
      const heldKey = heldKeyOf(badge, communityId);
      if (held.has(heldKey) || !earns(badge.rule, standing)) continue;
      const awarded = await manager.query(
        `INSERT INTO user_badges (user_id, badge_id, community_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
        [userId, badge.id, badge.rule.kind === 'solutionsInOneCommunity' ? communityId : null],
      );
      if (awarded.length > 0) await this.notifications.notifyBadgeEarned(manager, [userId], badge.id);
      if (awarded.length > 0) this.live.badgesChanged(manager, [userId]); // the anonymous cache
    }
    if (kinds.includes('staff') && !isStaff(standing.role) && held.has(`${STAFF_BADGE}:`)) {
      await manager.query('DELETE FROM user_badges WHERE user_id = $1 AND badge_id = $2', [userId, STAFF_BADGE]);
      this.live.badgesChanged(manager, [userId]); // the anonymous cache
    }
  }

  /**
   * What `evaluate` reads, as one JSON value to select in a statement of the caller's (on `userIdSql`),
   * so that it costs no statement of its own; give the value to `evaluate` as `read.standing`. That
   * statement must run after the user's lock, as the counters must include every event committed before.
   */
  standingSelect(userIdSql: string, communityId: string | null, kinds: readonly RuleKind[], param: (value: unknown) => string): string {
    const candidates = candidatesOf(communityId, kinds);
    if (candidates.length === 0) return 'NULL::json';
    return `(SELECT row_to_json(standing) FROM (${standingSql(userIdSql, communityId, candidates, param)}) standing)`;
  }
}

/** Badges of one community are only earned where something was solved. */
function candidatesOf(communityId: string | null, kinds: readonly RuleKind[]): BadgeDefinition[] {
  return BADGES.filter((badge) => kinds.includes(badge.rule.kind) && (communityId !== null || badge.rule.kind !== 'solutionsInOneCommunity'));
}

function countedKindsOf(candidates: readonly BadgeDefinition[]): CountedKind[] {
  return [...new Set(candidates.map((badge) => badge.rule.kind))].filter((kind): kind is CountedKind => kind in COUNTERS);
}

/**
 * One query: the user, the badges they hold, and a count for each candidate rule kind. A count is
 * skipped (CASE evaluates lazily) when every badge it could give is held, so a busy author's whole
 * history is not recounted on each vote.
 */
function standingSql(userIdSql: string, communityId: string | null, candidates: readonly BadgeDefinition[], param: (value: unknown) => string): string {
  const columns = countedKindsOf(candidates).map((kind) => {
    const heldKeys = `${param(candidates.filter((badge) => badge.rule.kind === kind).map((badge) => heldKeyOf(badge, communityId)))}::text[]`;
    let count = COUNTERS[kind];
    if (count.includes('$community')) count = count.replace('$community', `${param(communityId)}::bigint`);
    return `CASE WHEN NOT (held.keys @> ${heldKeys}) THEN ${count} END::int AS "${kind}"`;
  });
  return `SELECT u.role, u.reputation, held.keys AS held${columns.map((column) => `,\n ${column}`).join('')}
     FROM users u
     CROSS JOIN LATERAL (SELECT ARRAY(SELECT badge_id || ':' || COALESCE(community_id::text, '') FROM user_badges WHERE user_id = u.id) AS keys) held
    WHERE u.id = ${userIdSql}`;
}

function standingFrom(row: Record<string, unknown>, candidates: readonly BadgeDefinition[]): Standing {
  return {
    role: row.role as Role,
    reputation: row.reputation as number,
    held: row.held as string[],
    counts: Object.fromEntries(countedKindsOf(candidates).map((kind) => [kind, row[kind] as number | null])),
  };
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
