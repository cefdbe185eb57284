// Leaderboards and profiles at 100,000 users and 2,000,000 ledger rows: prints each query's plan
// (which index it reads) and its latency through the GraphQL API.
//   npx nx build api && node bench/reputation-scale.mjs [--users 100000] [--rows 2000000]
import pg from 'pg';
import { graphql, startApi, startDatabase, table, time } from './lib.mjs';

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const USERS = arg('users', 100_000);
const ROWS = arg('rows', 2_000_000);
const COMMUNITIES = 5;

const database = await startDatabase('agora_bench_reputation');
const api = await startApi(database.url, { ANONYMOUS_CACHE_TTL_MS: '0' }); // runs the migrations; no anonymous cache: each call measures the query
const db = new pg.Client({ connectionString: database.url });
await db.connect();

console.log(`Seeding ${USERS.toLocaleString()} users and ${ROWS.toLocaleString()} ledger rows...`);
let started = Date.now();
await db.query(`INSERT INTO communities (name, slug) SELECT 'Community ' || i, 'c' || i FROM generate_series(1, ${COMMUNITIES}) i`);
await db.query(
  `INSERT INTO users (email, display_name, password_hash) SELECT 'u' || i || '@bench.local', 'User ' || i, 'x' FROM generate_series(1, ${USERS}) i`,
);
// Zipf-like: a few members earn most points. Spread over the last year.
await db.query(`
  INSERT INTO reputation_events (user_id, amount, reason, key, community_id, created_at)
  SELECT 1 + floor(${USERS} * power(random(), 3))::int,
         (ARRAY[6, 6, 6, 15, 1, 8, 10])[1 + floor(random() * 7)::int],
         'ANSWER_MARKED_HELPFUL', 'bench:' || i,
         1 + floor(random() * ${COMMUNITIES})::int,
         now() - random() * interval '365 days'
    FROM generate_series(1, ${ROWS}) i`);
await db.query(`UPDATE users u SET reputation = t.total FROM (SELECT user_id, SUM(amount)::int AS total FROM reputation_events GROUP BY user_id) t WHERE u.id = t.user_id`);
await db.query(`INSERT INTO user_community_points (user_id, community_id, points)
  SELECT user_id, community_id, SUM(amount) FROM reputation_events GROUP BY user_id, community_id`);
await db.query(`INSERT INTO user_badges (user_id, badge_id) SELECT id, 'LEVEL_2' FROM users WHERE reputation >= 150`);
await db.query('VACUUM ANALYZE');
console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

const [{ id: topUser }] = (await db.query('SELECT id FROM users ORDER BY reputation DESC LIMIT 1')).rows;
const { signUp } = await graphql(api.base, `mutation { signUp(input: { email: "bench@bench.local", password: "bench-password", displayName: "Bench" }) { token } }`);
await db.query(`UPDATE users SET role = 'MODERATOR' WHERE email = 'bench@bench.local'`);

const plans = {
  'all time': [`SELECT id, reputation FROM users WHERE reputation > 0 ORDER BY reputation DESC, id DESC LIMIT 20`],
  week: [`SELECT user_id, SUM(amount) FROM reputation_events WHERE reason <> 'IMPORTED' AND created_at >= now() - interval '7 days' GROUP BY user_id HAVING SUM(amount) > 0 ORDER BY 2 DESC, user_id DESC LIMIT 20`],
  month: [`SELECT user_id, SUM(amount) FROM reputation_events WHERE reason <> 'IMPORTED' AND created_at >= now() - interval '30 days' GROUP BY user_id HAVING SUM(amount) > 0 ORDER BY 2 DESC, user_id DESC LIMIT 20`],
  'community, all time': [`SELECT user_id, points FROM user_community_points WHERE community_id = 1 AND points > 0 ORDER BY points DESC, user_id DESC LIMIT 20`],
  'community, week': [`SELECT user_id, SUM(amount) FROM reputation_events WHERE reason <> 'IMPORTED' AND community_id = 1 AND created_at >= now() - interval '7 days' GROUP BY user_id HAVING SUM(amount) > 0 ORDER BY 2 DESC, user_id DESC LIMIT 20`],
  'profile history': [`SELECT * FROM reputation_events WHERE user_id = ${topUser} AND amount <> 0 ORDER BY created_at DESC, id DESC LIMIT 21`],
};
const BOARD = `query($c: ID, $p: LeaderboardPeriod) { leaderboard(communityId: $c, period: $p) { rank points user { id displayName level } } }`;
const PROFILE = `query($id: ID!) { user(id: $id) { displayName reputation level nextLevelAt pointsToNextLevel solutionCount helpfulCount
  badges { badge { id name tier } awardedAt } reputationHistory(first: 20) { edges { node { amount reason createdAt } } } } }`;
const requests = {
  'all time': () => graphql(api.base, BOARD, { p: 'ALL_TIME' }),
  week: () => graphql(api.base, BOARD, { p: 'WEEK' }),
  month: () => graphql(api.base, BOARD, { p: 'MONTH' }),
  'community, all time': () => graphql(api.base, BOARD, { c: '1', p: 'ALL_TIME' }),
  'community, week': () => graphql(api.base, BOARD, { c: '1', p: 'WEEK' }),
  'profile history': () => graphql(api.base, PROFILE, { id: String(topUser) }, signUp.token),
};

const rows = [];
for (const [name, [sql]] of Object.entries(plans)) {
  const { rows: plan } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`);
  const nodes = [];
  const walk = (node) => {
    nodes.push(node['Index Name'] ? `${node['Node Type']} ${node['Index Name']}` : node['Node Type']);
    (node.Plans ?? []).forEach(walk);
  };
  walk(plan[0]['QUERY PLAN'][0].Plan);
  const scan = nodes.filter((n) => /Scan/.test(n)).join(', ');
  // Rolling periods are cached for a minute by the API: the first request is the cold one.
  const cold = await time(requests[name], 1, 0);
  const latency = await time(requests[name], 40);
  rows.push({
    query: name,
    'SQL ms': plan[0]['QUERY PLAN'][0]['Execution Time'].toFixed(1),
    'API cold ms': cold.p50.toFixed(1),
    'API p50 ms': latency.p50.toFixed(1),
    'API p95 ms': latency.p95.toFixed(1),
    'reads': scan,
  });
}
table(rows);
const seqScans = rows.filter((r) => /Seq Scan/.test(r.reads));
console.log(seqScans.length ? `\nSequential scans: ${seqScans.map((r) => r.query).join(', ')}` : '\nEvery query is index-backed.');

await db.end();
await api.stop();
await database.stop();
