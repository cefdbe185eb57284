// 1,000 WebSocket subscribers on one question; an answer is posted; how long until each has it.
// Prints p50/p99 delivery latency (from sending the mutation to the message arriving), deliveries per
// second (each round's deliveries over the time from sending the mutation to the last delivery; and,
// as fan-out/s, over the time from the first delivery to the last, the mutation's own time left out), how
// many executions the API ran (BENCH_COUNTERS=1 makes /health report them) and the API's resident
// memory, for signed-in and signed-out subscribers with the same selection (the API runs it once per
// event for all of them), and for signed-in ones whose selection has a per-viewer field (one each).
// The subscribers are light graphql-ws clients in worker threads (see live-subscribers.mjs), so that
// the load generator costs far less than the API; the API's CPU time per delivery is printed too.
//   npx nx build api && node bench/subscription-fanout.mjs [--subscribers 1000] [--rounds 5] [--only signed-in,signed-out,per-viewer] [--cpu-prof DIR]
// --cpu-prof writes a V8 CPU profile of the API to DIR when it stops (open it in Chrome's DevTools).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { graphql, percentile, startApi, startDatabase, table } from './lib.mjs';
import { now, openSubscribers } from './live-subscribers.mjs';

const textArg = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const arg = (name, fallback) => Number(textArg(name) ?? fallback);
const SUBSCRIBERS = arg('subscribers', 1_000);
const ROUNDS = arg('rounds', 5);
const JWT_SECRET = 'bench-secret-for-the-fan-out-benchmark';
const SUBSCRIPTION = `subscription($q: ID!) { answerPosted(questionId: $q) { id body createdAt author { displayName level } } }`;
const PER_VIEWER_SUBSCRIPTION = `subscription($q: ID!) { answerPosted(questionId: $q) { id body createdAt author { displayName level } viewerHasMarkedHelpful } }`;

const rssMb = (pid) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);
/** CPU time (user + system) the process has used so far, in ms. */
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const database = await startDatabase('agora_bench_fanout');
const profileDir = textArg('cpu-prof');
const api = await startApi(
  database.url,
  // Three rows of five answers by one member pass the hourly posting limit.
  { JWT_SECRET, BENCH_COUNTERS: '1', POSTING_RATE_LIMITS: 'off' },
  profileDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {},
);
const db = new pg.Client({ connectionString: database.url });
await db.connect();

const signUp = async (name) =>
  (await graphql(api.base, `mutation($i: SignUpInput!) { signUp(input: $i) { token } }`, { i: { email: `${name}@bench.local`, password: 'bench-password', displayName: name } })).signUp.token;
const askerToken = await signUp('asker');
const answererToken = await signUp('answerer');
const [{ id: communityId }] = (await db.query(`INSERT INTO communities (name, slug) VALUES ('Bench', 'bench') RETURNING id`)).rows;
const { askQuestion } = await graphql(
  api.base,
  `mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }`,
  { i: { communityId, title: 'Fan-out benchmark question', body: 'Who hears about the answer?' } },
  askerToken,
);
const questionId = askQuestion.id;
// Members created in SQL and signed in with tokens signed like the API's (argon2 for 1,000 sign-ups would dominate).
const { rows: members } = await db.query(
  `INSERT INTO users (email, display_name, password_hash) SELECT 'm' || i || '@bench.local', 'Member ' || i, 'x' FROM generate_series(1, $1) i RETURNING id`,
  [SUBSCRIBERS],
);

/** The API's count of subscription executions, or null when it does not report one. */
const executionsSoFar = async () => (await (await fetch(`${api.base}/health`)).json()).subscriptionExecutions ?? null;

async function measure(label, tokens, query = SUBSCRIPTION) {
  const subscribers = await openSubscribers({
    url: `${api.base.replace('http', 'ws')}/graphql`,
    query,
    variables: { q: questionId },
    connectionParams: tokens.map((token) => (token ? { authorization: `Bearer ${token}` } : {})),
    sequenceAfter: '"answerPosted":{"id":"',
  });
  await sleep(1_000);
  const idleRss = rssMb(api.child.pid);
  const sentAt = new Map();
  let peakRss = idleRss;
  let apiCpuMs = 0;
  const executionsBefore = await executionsSoFar();
  for (let round = 0; round < ROUNDS; round++) {
    const cpuBefore = cpuMs(api.child.pid);
    const sent = now();
    const { postAnswer } = await graphql(api.base, `mutation($i: PostAnswerInput!) { postAnswer(input: $i) { id } }`, { i: { questionId, body: `Answer ${round} of ${label}` } }, answererToken);
    sentAt.set(Number(postAnswer.id), sent);
    const received = await subscribers.waitFor(Number(postAnswer.id), 20_000);
    apiCpuMs += cpuMs(api.child.pid) - cpuBefore;
    peakRss = Math.max(peakRss, rssMb(api.child.pid));
    if (received < tokens.length) console.warn(`${label}: ${tokens.length - received} subscribers did not receive answer ${round} within 20 s`);
    await sleep(200);
  }
  const arrivals = await subscribers.collect();
  await subscribers.close();
  if (arrivals.errors) console.warn(`${label}: ${arrivals.errors} bad messages, the first: ${arrivals.firstError}`);
  const latencies = [];
  const byRound = new Map();
  arrivals.sequences.forEach((answerId, i) => {
    const sent = sentAt.get(answerId);
    if (sent === undefined) return;
    latencies.push(arrivals.times[i] - sent);
    byRound.set(answerId, [...(byRound.get(answerId) ?? []), arrivals.times[i] - sent]);
  });
  let busyMs = 0;
  let fanOutMs = 0;
  for (const arrivalsOfRound of byRound.values()) {
    busyMs += Math.max(...arrivalsOfRound);
    fanOutMs += Math.max(...arrivalsOfRound) - Math.min(...arrivalsOfRound);
  }
  latencies.sort((a, b) => a - b);
  const executionsAfter = await executionsSoFar();
  await sleep(500);
  return {
    subscribers: `${tokens.length} ${label}`,
    deliveries: latencies.length,
    'p50 ms': percentile(latencies, 50).toFixed(1),
    'p99 ms': percentile(latencies, 99).toFixed(1),
    'max ms': latencies.at(-1).toFixed(1),
    'deliveries/s': Math.round(latencies.length / (busyMs / 1_000)),
    'fan-out/s': Math.round(latencies.length / (fanOutMs / 1_000)),
    'API CPU µs/delivery': ((apiCpuMs * 1000) / latencies.length).toFixed(1),
    executions: executionsBefore === null ? '-' : executionsAfter - executionsBefore,
    'RSS idle, subscribed MB': idleRss,
    'RSS peak MB': peakRss,
    errors: arrivals.errors + ROUNDS * tokens.length - latencies.length,
  };
}

const baseline = rssMb(api.child.pid);
console.log(`API RSS before any subscriber: ${baseline} MB`);
const signedIn = members.map((member) => jwt.sign({ sub: String(member.id) }, JWT_SECRET, { expiresIn: '1h' }));
// --only signed-in,signed-out,per-viewer picks some rows (a profile of one kind of subscriber).
const only = (textArg('only') ?? 'signed-in,signed-out,per-viewer').split(',');
const rows = [];
if (only.includes('signed-in')) rows.push(await measure('signed-in', signedIn));
if (only.includes('signed-out')) rows.push(await measure('signed-out', signedIn.map(() => null)));
if (only.includes('per-viewer')) rows.push(await measure('signed-in, per-viewer field', signedIn, PER_VIEWER_SUBSCRIPTION));
console.log(`\n${ROUNDS} answers posted to one question, each delivered to every subscriber (client and API on the same machine), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}:\n`);
table(rows);

await db.end();
await api.stop();
await database.stop();
process.exit(0);
