// The baselines the product is measured against, in a process of their own:
//   BARE_PORT: a bare Node http server that reads the request and answers a fixed small JSON.
//   PORT: a hand-written Node + pg endpoint for each measured page. It reads the same POST body as
//   the product's /graphql, routes on operationName, and answers the same JSON the product answers,
//   in at most two SQL round trips per page (sent together).
// Env: DATABASE_URL, PORT, BARE_PORT, JWT_SECRET, BADGES (the badge catalog as JSON).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
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

const PAGES = { QuestionPage: questionPage, QuestionList: questionList, HelpQueue: questionList, UserProfile: userProfile, Leaderboard: leaderboard };

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
    const body = JSON.stringify({ data: await page(variables ?? {}, viewerOf(request.headers.authorization)) });
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  } catch (error) {
    const body = JSON.stringify({ errors: [{ message: String(error.message) }] });
    response.writeHead(500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  }
}).listen(Number(process.env.PORT), '127.0.0.1');

const FIXED = JSON.stringify({ data: { ok: true } });
createServer(async (request, response) => {
  await readBody(request);
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(FIXED) });
  response.end(FIXED);
}).listen(Number(process.env.BARE_PORT), '127.0.0.1');
