// The baselines the product is measured against, in a process of their own:
//   BARE_PORT: a bare Node http server that reads the request and answers a fixed small JSON.
//   PORT: a hand-written Node + pg endpoint for each measured page. It reads the same POST body as
//   the product's /graphql, routes on operationName, and answers the same JSON the product answers,
//   in at most two SQL round trips per page (sent together); markHelpful writes what the product
//   writes, in one statement (its own transaction).
// Env: DATABASE_URL, PORT, BARE_PORT, JWT_SECRET, BADGES (the badge catalog as JSON).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

// Each connection gets the function markHelpful calls (below) before its first query.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, onConnect: (client) => client.query(AFTER_LOCK) });
const BADGES = new Map(JSON.parse(process.env.BADGES).map((b) => [b.id, b]));
const LEVELS = [0, 150, 500, 1_000, 4_000, 8_000, 20_000, 35_000, 50_000, 80_000]; // libs/shared levels.ts
const levelFor = (reputation) => LEVELS.reduce((level, at, i) => (reputation >= at ? i + 1 : level), 1);
const iso = (date) => (date ? date.toISOString() : null);
const staff = (role) => role === 'MODERATOR' || role === 'ADMIN';
const secret = Buffer.from(process.env.JWT_SECRET);

/** The user id of a valid HS256 token (as the API issues them), null without one. */
function viewerOf(authorization) {
  if (!authorization) return null;
  const [header, payload, signature] = authorization.replace(/^Bearer\s+/i, '').split('.');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature ?? '', 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('bad token');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  if (claims.exp && claims.exp * 1000 < Date.now()) throw new Error('expired token');
  return String(claims.sub);
}

const person = (id, name, reputation) => ({ id, displayName: name, level: levelFor(reputation) });

/** The state and reason fields of a post, as the moderation field resolvers give them. */
function moderation(post, owns) {
  const state = post.removed_at ? 'REMOVED' : post.hidden_reason === 'PENDING_REVIEW' ? 'PENDING_REVIEW' : post.hidden_at ? 'HIDDEN' : 'VISIBLE';
  const reason = post.removal_reason ?? post.hidden_reason;
  return { moderationState: state, moderationReason: reason && owns(post.author_id) ? reason : null };
}

async function questionPage({ id }, viewer) {
  const [questions, answers] = await Promise.all([
    pool.query(
      `SELECT q.*, u.display_name, u.reputation, c.slug, c.name AS community_name,
              EXISTS (SELECT 1 FROM question_me_toos m WHERE m.question_id = q.id AND m.user_id = $2) AS viewer_me_too,
              EXISTS (SELECT 1 FROM tip_helpful_votes t WHERE t.tip_id = q.id AND t.user_id = $2) AS viewer_tip_helpful,
              EXISTS (SELECT 1 FROM reports r WHERE r.reporter_id = $2 AND r.target_type = 'QUESTION' AND r.target_id = q.id) AS viewer_reported,
              (SELECT role FROM users WHERE id = $2) AS viewer_role
         FROM questions q JOIN users u ON u.id = q.author_id JOIN communities c ON c.id = q.community_id WHERE q.id = $1`,
      [id, viewer],
    ),
    pool.query(
      `SELECT a.*, u.display_name, u.reputation, COALESCE(a.id = q.solution_answer_id, false) AS is_solution,
              EXISTS (SELECT 1 FROM helpful_votes v WHERE v.answer_id = a.id AND v.user_id = $2) AS viewer_helpful,
              EXISTS (SELECT 1 FROM reports r WHERE r.reporter_id = $2 AND r.target_type = 'ANSWER' AND r.target_id = a.id) AS viewer_reported
         FROM answers a JOIN questions q ON q.id = a.question_id JOIN users u ON u.id = a.author_id
        WHERE a.question_id = $1
        ORDER BY CASE WHEN a.id = q.solution_answer_id THEN 0 ELSE 1 END, a.helpful_count DESC, a.created_at, a.id`,
      [id, viewer],
    ),
  ]);
  const q = questions.rows[0];
  const moderates = staff(q?.viewer_role);
  const owns = (authorId) => !!viewer && (viewer === authorId || moderates);
  // Removed and hidden posts are for their authors and staff (the seeded corpus has none hidden for review).
  const visible = (post) => (!post.removed_at && !post.hidden_at) || owns(post.author_id);
  if (!q || !visible(q)) return { question: null };
  const shown = answers.rows.filter(visible);
  const solution = shown.find((a) => a.is_solution);
  return {
    question: {
      id: q.id, kind: q.kind, title: q.title, body: q.body, bodyHtml: q.body_html, createdAt: iso(q.created_at), viewCount: q.view_count,
      meTooCount: q.me_too_count, viewerHasMeToo: q.viewer_me_too, helpfulCount: q.helpful_count,
      viewerHasMarkedHelpful: q.kind === 'USER_TIP' && q.viewer_tip_helpful, viewerCanEdit: owns(q.author_id), viewerCanAcceptSolution: owns(q.author_id),
      isSolved: q.solution_answer_id !== null, tags: q.tags, answerCount: q.answer_count, author: person(q.author_id, q.display_name, q.reputation),
      community: { id: q.community_id, slug: q.slug, name: q.community_name }, editedAt: iso(q.edited_at), ...moderation(q, owns),
      isLocked: q.locked_at !== null, isPinned: q.pinned_at !== null, viewerHasReported: q.viewer_reported,
      mergedInto: q.merged_into_id ? { id: q.merged_into_id } : null, solution: solution ? { id: solution.id } : null,
      answers: shown.map((a) => ({
        id: a.id, body: a.body, bodyHtml: a.body_html, createdAt: iso(a.created_at), helpfulCount: a.helpful_count, isSolution: a.is_solution,
        recommendedAt: iso(a.recommended_at), viewerHasMarkedHelpful: a.viewer_helpful,
        viewerCanMarkHelpful: !!viewer && viewer !== a.author_id && !a.hidden_at && !a.removed_at,
        viewerCanEdit: owns(a.author_id), author: person(a.author_id, a.display_name, a.reputation), editedAt: iso(a.edited_at),
        ...moderation(a, owns), viewerHasReported: a.viewer_reported,
      })),
    },
  };
}

const cursorOf = (row) => Buffer.from(JSON.stringify([row.created_at.toISOString(), row.id])).toString('base64url');

/** QuestionList and HelpQueue: a keyset page and the total, as QuestionsService.list filters them. */
async function questionList(v) {
  const where = [`q.kind = $1`, 'q.removed_at IS NULL'];
  const params = [v.kind ?? 'QUESTION'];
  const param = (value) => (params.push(value), `$${params.length}`);
  if (v.communityId) where.push(`q.community_id = ${param(v.communityId)}`);
  if (v.authorId) where.push(`q.author_id = ${param(v.authorId)}`);
  if (v.solved === true) where.push('q.solution_answer_id IS NOT NULL');
  if (v.solved === false) where.push('q.solution_answer_id IS NULL');
  if (v.answered === true) where.push('q.answer_count > 0');
  if (v.answered === false) where.push('q.answer_count = 0');
  if (v.olderThanDays != null) where.push(`q.created_at < now() - make_interval(days => ${param(v.olderThanDays)})`);
  const countParams = [...params];
  const direction = v.order === 'OLDEST' ? 'ASC' : 'DESC';
  const size = v.first ?? 20;
  const page = [...where];
  if (v.after) {
    const [createdAt, id] = JSON.parse(Buffer.from(v.after, 'base64url').toString());
    page.push(`(q.created_at, q.id) ${direction === 'ASC' ? '>' : '<'} (${param(new Date(createdAt))}, ${param(id)})`);
  }
  const [rows, count] = await Promise.all([
    pool.query(
      `SELECT q.id, q.kind, q.title, q.created_at, q.answer_count, q.helpful_count, q.me_too_count, q.solution_answer_id, q.tags, q.author_id,
              u.display_name, u.reputation, q.community_id, c.slug, c.name AS community_name
         FROM questions q JOIN users u ON u.id = q.author_id JOIN communities c ON c.id = q.community_id
        WHERE ${page.join(' AND ')} ORDER BY q.created_at ${direction}, q.id ${direction} LIMIT ${size + 1}`,
      params,
    ),
    pool.query(`SELECT count(*)::int AS n FROM questions q WHERE ${where.join(' AND ')}`, countParams),
  ]);
  const edges = rows.rows.slice(0, size).map((q) => ({
    cursor: cursorOf(q),
    node: {
      id: q.id, kind: q.kind, title: q.title, createdAt: iso(q.created_at), answerCount: q.answer_count, helpfulCount: q.helpful_count,
      meTooCount: q.me_too_count, isSolved: q.solution_answer_id !== null, tags: q.tags, author: person(q.author_id, q.display_name, q.reputation),
      community: { id: q.community_id, slug: q.slug, name: q.community_name },
    },
  }));
  return { questions: { totalCount: count.rows[0].n, edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.rows.length > size } } };
}

async function userProfile({ id }) {
  const [users, badges] = await Promise.all([
    pool.query(
      `SELECT u.id, u.display_name, u.role, u.reputation, u.created_at,
              (SELECT count(*)::int FROM questions q WHERE q.author_id = u.id AND q.kind = 'QUESTION' AND q.removed_at IS NULL) AS questions,
              (SELECT count(*)::int FROM answers a WHERE a.author_id = u.id AND a.removed_at IS NULL) AS answers,
              ((SELECT COALESCE(sum(helpful_count), 0) FROM answers WHERE author_id = u.id AND removed_at IS NULL)
               + (SELECT COALESCE(sum(helpful_count), 0) FROM questions WHERE author_id = u.id AND kind = 'USER_TIP' AND removed_at IS NULL))::int AS helpful,
              (SELECT count(*)::int FROM questions q JOIN answers a ON a.id = q.solution_answer_id WHERE a.author_id = u.id) AS solutions
         FROM users u WHERE u.id = $1`,
      [id],
    ),
    pool.query(
      `SELECT b.badge_id, b.awarded_at, b.community_id, c.slug, c.name FROM user_badges b LEFT JOIN communities c ON c.id = b.community_id
        WHERE b.user_id = $1 ORDER BY b.awarded_at, b.id`,
      [id],
    ),
  ]);
  const u = users.rows[0];
  if (!u) return { user: null };
  const level = levelFor(u.reputation);
  const next = level >= LEVELS.length ? null : LEVELS[level];
  return {
    user: {
      id: u.id, displayName: u.display_name, role: u.role, level, reputation: u.reputation, nextLevelAt: next,
      pointsToNextLevel: next === null ? null : next - u.reputation, questionCount: u.questions, answerCount: u.answers,
      solutionCount: u.solutions, helpfulCount: u.helpful, createdAt: iso(u.created_at),
      badges: badges.rows.filter((b) => BADGES.has(b.badge_id)).map((b) => ({
        awardedAt: iso(b.awarded_at),
        badge: BADGES.get(b.badge_id),
        community: b.community_id ? { id: b.community_id, slug: b.slug, name: b.name } : null,
      })),
    },
  };
}

async function leaderboard({ first = 20 }) {
  const { rows } = await pool.query(
    'SELECT id, display_name, reputation FROM users WHERE reputation > 0 ORDER BY reputation DESC, id DESC LIMIT $1',
    [first],
  );
  return { leaderboard: rows.map((u, i) => ({ rank: i + 1, points: u.reputation, user: person(u.id, u.display_name, u.reputation) })) };
}

// ---- markHelpful: what HelpfulService.mark writes, with DEFAULT_POINTS_RULES (libs/shared points.ts; the
// bench runs the API without POINTS_RULES) and the badges BadgesService.evaluate gives after a helpful mark.
const HELPFUL = { points: 6, perAnswer: 30, dailyCap: 200 };
/** The badges of libs/shared badges.ts that BADGES_AFTER.helpfulMarkOnAnswer evaluates: [id, rule kind, at least]. */
const HELPFUL_BADGES = [
  ['HELPFUL_10', 'helpfulMarksReceived', 10], ['HELPFUL_100', 'helpfulMarksReceived', 100], ['HELPFUL_1000', 'helpfulMarksReceived', 1000],
  ['GREAT_ANSWER', 'helpfulMarksOnOneAnswer', 25], ['LEVEL_2', 'level', 2], ['LEVEL_5', 'level', 5], ['LEVEL_8', 'level', 8], ['LEVEL_10', 'level', 10],
];
const LEVEL_SQL = (rep) => `CASE ${LEVELS.map((at, i) => `WHEN ${rep} >= ${at} THEN ${i + 1}`).slice(1).reverse().join(' ')} ELSE 1 END`;

/**
 * The limits of a vote grant are sums over the ledger that must include every grant committed before
 * this one took the author's lock. A statement's own snapshot is older than that lock, but a VOLATILE
 * function takes a fresh snapshot for each query it runs, so the one statement below calls this after
 * the lock (as its argument comes from the locked row). The badge counters are read here for the same
 * reason. One per connection (pg_temp, created as the pool opens it), so the baseline leaves the schema alone.
 */
const AFTER_LOCK = `
  CREATE FUNCTION pg_temp.after_author_lock(author bigint, answer bigint,
    OUT held_by_group int, OUT earned_today int, OUT held text[], OUT received int, OUT best int)
  LANGUAGE plpgsql VOLATILE AS $$
  BEGIN
    SELECT (SELECT COALESCE(sum(amount), 0) FROM reputation_events WHERE user_id = author AND cap_group = 'helpful:' || answer),
           (SELECT COALESCE(sum(amount), 0) FROM reputation_events WHERE user_id = author AND daily_capped AND amount > 0
               AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'),
           h.keys,
           CASE WHEN NOT h.keys @> '{HELPFUL_10,HELPFUL_100,HELPFUL_1000}' THEN (SELECT COALESCE(sum(helpful_count), 0) FROM (
             SELECT helpful_count FROM answers WHERE author_id = author
             UNION ALL SELECT helpful_count FROM questions WHERE author_id = author AND kind = 'USER_TIP') s) END,
           CASE WHEN NOT h.keys @> '{GREAT_ANSWER}' THEN (SELECT COALESCE(max(helpful_count), 0) FROM answers WHERE author_id = author) END
      INTO held_by_group, earned_today, held, received, best
      FROM (SELECT ARRAY(SELECT badge_id FROM user_badges WHERE user_id = author AND community_id IS NULL)::text[] AS keys) h;
  END $$`;

/**
 * One statement, so one round trip and its own transaction: the vote, the count, the author's lock,
 * the grant within both limits, the ledger row, the totals, the helpful notification and any level
 * or badge (with its notification) this mark earns.
 */
const MARK_HELPFUL = `
  WITH target AS (
    SELECT a.author_id, a.question_id, q.community_id, a.helpful_count,
           a.removed_at IS NULL AND a.hidden_at IS NULL AND q.removed_at IS NULL AND q.hidden_at IS NULL AS open
      FROM answers a JOIN questions q ON q.id = a.question_id WHERE a.id = $1
  ), voter AS (
    SELECT id FROM users WHERE id = $2 AND (suspended_until IS NULL OR suspended_until <= now())
  ), vote AS (
    INSERT INTO helpful_votes (answer_id, user_id)
    SELECT $1, $2 FROM target, voter WHERE target.open AND target.author_id <> $2
    ON CONFLICT DO NOTHING RETURNING answer_id
  ), counted AS (
    UPDATE answers SET helpful_count = helpful_count + 1, updated_at = now() WHERE id = (SELECT answer_id FROM vote)
    RETURNING id, author_id, question_id, helpful_count
  ), author AS (
    SELECT u.id, u.reputation FROM users u JOIN counted ON u.id = counted.author_id FOR NO KEY UPDATE OF u
  ), standing AS (
    SELECT author.id, author.reputation, s.* FROM author, pg_temp.after_author_lock(author.id, $1) s
  ), granted AS (
    SELECT standing.*, g.amount, author_new.reputation AS new_reputation
      FROM standing
      CROSS JOIN LATERAL (SELECT LEAST(${HELPFUL.points}, GREATEST(0, ${HELPFUL.points * HELPFUL.perAnswer} - held_by_group)) AS by_group) l
      CROSS JOIN LATERAL (SELECT CASE WHEN by_group > 0 THEN LEAST(by_group, GREATEST(0, ${HELPFUL.dailyCap} - earned_today)) ELSE by_group END AS amount) g
      CROSS JOIN LATERAL (SELECT standing.reputation + g.amount AS reputation) author_new
  ), event AS (
    INSERT INTO reputation_events (user_id, amount, reason, key, cap_group, daily_capped, question_id, answer_id, community_id, actor_id)
    SELECT granted.id, amount, 'ANSWER_MARKED_HELPFUL', 'helpful:' || $1 || ':' || $2, 'helpful:' || $1, true, target.question_id, $1, target.community_id, $2
      FROM granted, target
  ), total AS (
    UPDATE users SET reputation = users.reputation + granted.amount FROM granted WHERE users.id = granted.id AND granted.amount <> 0
  ), in_community AS (
    INSERT INTO user_community_points (user_id, community_id, points)
    SELECT granted.id, target.community_id, granted.amount FROM granted, target WHERE granted.amount <> 0
    ON CONFLICT (user_id, community_id) DO UPDATE SET points = user_community_points.points + EXCLUDED.points
  ), badge AS (
    SELECT b.id AS badge_id FROM granted, unnest($3::text[], $4::text[], $5::int[]) AS b(id, kind, at_least)
     WHERE NOT granted.held @> ARRAY[b.id]
       AND CASE b.kind WHEN 'helpfulMarksReceived' THEN granted.received WHEN 'helpfulMarksOnOneAnswer' THEN granted.best
                       ELSE ${LEVEL_SQL('granted.new_reputation')} END >= b.at_least
  ), awarded AS (
    INSERT INTO user_badges (user_id, badge_id, community_id) SELECT granted.id, badge.badge_id, NULL FROM granted, badge
    ON CONFLICT DO NOTHING RETURNING badge_id
  ), notice AS (
    INSERT INTO notifications (recipient_id, type, group_key, question_id, answer_id, actor_ids, badge_id, level)
    SELECT granted.id, 'ANSWER_HELPFUL'::notification_type, 'answer:' || $1, target.question_id, $1::bigint, ARRAY[$2::bigint], NULL, NULL FROM granted, target
    UNION ALL
    SELECT granted.id, 'LEVEL_REACHED'::notification_type, 'level:' || ${LEVEL_SQL('new_reputation')}, NULL, NULL, '{}', NULL, ${LEVEL_SQL('new_reputation')}
      FROM granted WHERE amount > 0 AND ${LEVEL_SQL('new_reputation')} > ${LEVEL_SQL('new_reputation - amount')}
    UNION ALL
    SELECT granted.id, 'BADGE_EARNED'::notification_type, 'badge:' || awarded.badge_id, NULL, NULL, '{}', awarded.badge_id, NULL FROM granted, awarded
    ON CONFLICT (recipient_id, type, group_key) WHERE read_at IS NULL DO UPDATE SET
      actor_ids = array_remove(notifications.actor_ids, EXCLUDED.actor_ids[1]) || EXCLUDED.actor_ids,
      answer_id = COALESCE(EXCLUDED.answer_id, notifications.answer_id), updated_at = now()
  )
  SELECT target.author_id, target.open, target.helpful_count, (SELECT id FROM voter) AS voter,
         (SELECT helpful_count FROM counted) AS counted
    FROM (SELECT 1) one LEFT JOIN target ON true`;

const markParams = (answerId, voterId) => [
  answerId, voterId, HELPFUL_BADGES.map((b) => b[0]), HELPFUL_BADGES.map((b) => b[1]), HELPFUL_BADGES.map((b) => b[2]),
];

async function markHelpful({ answerId }, viewer, { rollback = false } = {}) {
  if (!viewer) throw new Error('UNAUTHENTICATED');
  if (!/^[1-9]\d{0,17}$/.test(String(answerId))) throw new Error('BAD_USER_INPUT');
  const client = rollback ? await pool.connect() : pool;
  try {
    if (rollback) await client.query('BEGIN');
    const { rows: [row] } = await client.query({ name: 'mark-helpful', text: MARK_HELPFUL, values: markParams(answerId, viewer) });
    if (row.voter === null) throw new Error('UNAUTHENTICATED');
    if (row.author_id === null) throw new Error('NOT_FOUND');
    if (row.counted !== null) return { markHelpful: { id: String(answerId), helpfulCount: row.counted, viewerHasMarkedHelpful: true } };
    if (row.author_id === viewer) throw new Error('FORBIDDEN');
    if (!row.open) throw new Error('FORBIDDEN');
    // Marked already (perhaps by a request that has just committed): what is stored now.
    const { rows: [now] } = await client.query('SELECT helpful_count FROM answers WHERE id = $1', [answerId]);
    return { markHelpful: { id: String(answerId), helpfulCount: now.helpful_count, viewerHasMarkedHelpful: true } };
  } finally {
    if (rollback) {
      await client.query('ROLLBACK');
      client.release();
    }
  }
}

const PAGES = { QuestionPage: questionPage, QuestionList: questionList, HelpQueue: questionList, UserProfile: userProfile, Leaderboard: leaderboard, MarkHelpful: markHelpful };

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks).toString())).on('error', reject);
  });
}

createServer(async (request, response) => {
  try {
    const { operationName, variables } = JSON.parse(await readBody(request));
    const page = PAGES[operationName];
    if (!page) throw new Error(`no baseline for ${operationName}`);
    // The bench's same-JSON check of a write: answer as if marked, and roll it back (the product takes the pair).
    const options = { rollback: request.headers['x-baseline-rollback'] === '1' };
    const body = JSON.stringify({ data: await page(variables ?? {}, viewerOf(request.headers.authorization), options) });
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  } catch (error) {
    const body = JSON.stringify({ errors: [{ message: String(error.message) }] });
    response.writeHead(500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  }
}).listen(Number(process.env.PORT), '127.0.0.1');

// Two connections ready (and their function created) before the bench counts round trips.
await Promise.all([pool.query('SELECT 1'), pool.query('SELECT 1')]);

const FIXED = JSON.stringify({ data: { ok: true } });
createServer(async (request, response) => {
  await readBody(request);
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(FIXED) });
  response.end(FIXED);
}).listen(Number(process.env.BARE_PORT), '127.0.0.1');
