// Search and similar-question latency at 200,000 questions and 800,000 answers, through the API.
//   npx nx build api && node bench/search-scale.mjs [--scale 1] [--keep]   (--scale 0.1 for a quick run)
// --keep keeps the seeded database for the next run with --keep (pending migrations still run on it).
import { loadavg } from 'node:os';
import pg from 'pg';
import { seedCorpus } from './seed-corpus.mjs';
import { graphql, percentile, startApi, startDatabase, table } from './lib.mjs';

const scaleIndex = process.argv.indexOf('--scale');
const SCALE = scaleIndex > 0 ? Number(process.argv[scaleIndex + 1]) : 1;
const KEEP = process.argv.includes('--keep');
const QUERIES = [
  'battery drains', 'wifi', 'wi-fi keeps disconnecting', 'router firmware update', '"factory reset"', 'bluetooth OR headphones',
  'screen -flickers', 'password is:solved', 'tag:wifi router', 'community:phones battery', 'réinitialiser téléphone',
  'update after:2026-06-01', 'charger', 'overheats', 'keyboard sticky keys', 'printer offline', 'backup restore', 'camera blurry',
  'mesh extender signal', 'sync calendar contacts',
];
const TITLES = [
  'wifi keeps disconnecting', 'battery drains fast after update', 'bluetooth headphones will not pair', 'laptop fan is loud',
  'printer shows offline', 'screen flickers while charging', 'cannot reset my password', 'router firmware update failed',
  'batterie se décharge', 'camera photos are blurry',
];
const SEARCH = `query($q: String!) { search(query: $q, first: 20) { totalCount totalCountIsLowerBound edges { node { titleHighlight excerpt question { id title isSolved answerCount } } } } }`;
const SIMILAR = `query($t: String!) { similarQuestions(title: $t) { id title isSolved } }`;

const counts = { questions: Math.round(200_000 * SCALE), answers: Math.round(800_000 * SCALE), users: Math.round(20_000 * SCALE) };
const database = await startDatabase(`agora_bench_search_${counts.questions}`, { keep: KEEP });
const apiStarted = Date.now();
// The same fixed queries again and again would be answered by the anonymous read cache: it is off
// here, so every call measures the search itself.
const api = await startApi(database.url, { ANONYMOUS_CACHE_TTL_MS: '0' }, { timeoutSeconds: KEEP ? 900 : 60 }); // a kept database may have migrations to run
console.log(`API up (migrations included) in ${((Date.now() - apiStarted) / 1000).toFixed(1)} s`);
const db = new pg.Client({ connectionString: database.url });
await db.connect();
const seed = JSON.stringify(counts);
const [kept] = (await db.query(`SELECT 1 FROM app_settings WHERE key = 'bench_seed' AND value = $1`, [seed])).rows;
if (kept) {
  console.log(`Reusing the kept ${counts.questions.toLocaleString()} questions and ${counts.answers.toLocaleString()} answers\n`);
} else {
  if ((await db.query('SELECT 1 FROM questions LIMIT 1')).rowCount) throw new Error('The kept database holds an unfinished seed: remove it (its folder under the temp dir) and run again');
  console.log(`Seeding ${counts.questions.toLocaleString()} questions and ${counts.answers.toLocaleString()} answers:`);
  const started = Date.now();
  await seedCorpus(db, counts);
  await db.query(`INSERT INTO app_settings (key, value) VALUES ('bench_seed', $1)`, [seed]);
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

/** Latency over all rounds, and each request's median in `medians` (which request makes the tail). */
async function measure(label, requests, medians = [], rounds = 5) {
  for (const request of requests) await request(); // warm-up
  const samples = [];
  const byRequest = requests.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, request] of requests.entries()) {
      const t = process.hrtime.bigint();
      await request();
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      samples.push(ms);
      byRequest[index].push(ms);
    }
  }
  for (const times of byRequest) medians.push(percentile(times.sort((a, b) => a - b), 50).toFixed(1));
  samples.sort((a, b) => a - b);
  return { endpoint: label, requests: samples.length, 'p50 ms': percentile(samples, 50).toFixed(1), 'p95 ms': percentile(samples, 95).toFixed(1), 'max ms': samples.at(-1).toFixed(1) };
}

const perQuery = [];
for (const q of QUERIES) {
  const t = process.hrtime.bigint();
  const { search } = await graphql(api.base, SEARCH, { q });
  perQuery.push({ query: q, matches: `${search.totalCount}${search.totalCountIsLowerBound ? '+' : ''}`, 'first call ms': (Number(process.hrtime.bigint() - t) / 1e6).toFixed(1) });
}
// Other work on the machine inflates every figure: the load average goes beside them.
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const loadBefore = load();
const searchMedians = [];
const results = [
  await measure('search', QUERIES.map((q) => () => graphql(api.base, SEARCH, { q })), searchMedians),
  await measure('similarQuestions', TITLES.map((t) => () => graphql(api.base, SIMILAR, { t }))),
];
const rows = perQuery.map((row, index) => ({ ...row, 'median ms': searchMedians[index] }));
table(rows);
console.log(`\nSlowest medians: ${[...rows].sort((a, b) => b['median ms'] - a['median ms']).slice(0, 5).map((r) => `${r.query} ${r['median ms']}`).join(', ')}\n`);
table(results);
console.log(`\nLoad average (1, 5, 15 min): ${loadBefore} before, ${load()} after the measurement.`);
console.log('\nTarget: p95 under 50 ms for both.');
await db.end();
await api.stop();
await database.stop();
