// 1,000 WebSocket subscribers on one question; an answer is posted; how long until each has it.
// Prints p50/p99 delivery latency (from sending the mutation to the message arriving), deliveries per
// second (each round's deliveries over the time from sending the mutation to the last delivery; and,
// as fan-out/s, over the time from the first delivery to the last, the mutation's own time left out), how
// many executions the API ran (BENCH_COUNTERS=1 makes /health report them) and the API's resident
// memory, for signed-in and signed-out subscribers with the same selection (the API runs it once per
// event for all of them), and for signed-in ones whose selection has a per-viewer field (one each).
//   npx nx build api && node bench/subscription-fanout.mjs [--subscribers 1000] [--rounds 5] [--cpu-prof DIR]
// --cpu-prof writes a V8 CPU profile of the API to DIR when it stops (open it in Chrome's DevTools).
import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import WebSocket from 'ws';
import { graphql, percentile, startApi, startDatabase, table } from './lib.mjs';

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
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const database = await startDatabase('agora_bench_fanout');
const profileDir = textArg('cpu-prof');
const api = await startApi(
  database.url,
  // Three rows of five answers by one member pass the hourly posting limit.
  { JWT_SECRET, BENCH_COUNTERS: '1', POSTING_RATE_LIMITS: 'off' },
  { nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [] },
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

async function openSubscribers(tokens, query) {
  const url = `${api.base.replace('http', 'ws')}/graphql`;
  const subscribers = [];
  for (let start = 0; start < tokens.length; start += 100) {
    await Promise.all(
      tokens.slice(start, start + 100).map(async (token) => {
        const subscriber = { received: new Map(), client: null };
        subscriber.client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: token ? { authorization: `Bearer ${token}` } : {} });
        await new Promise((resolve, reject) => {
          subscriber.client.on('connected', resolve);
          subscriber.client.on('closed', reject);
        });
        subscriber.client.subscribe({ query, variables: { q: questionId } }, {
          next: ({ data }) => subscriber.received.set(data.answerPosted.id, performance.now()),
          error: (error) => console.error('subscription error', error),
          complete: () => undefined,
        });
        subscribers.push(subscriber);
      }),
    );
  }
  await sleep(1_000);
  return subscribers;
}

/** The API's count of subscription executions, or null when it does not report one. */
const executionsSoFar = async () => (await (await fetch(`${api.base}/health`)).json()).subscriptionExecutions ?? null;

async function measure(label, tokens, query = SUBSCRIPTION) {
  const subscribers = await openSubscribers(tokens, query);
  const idleRss = rssMb(api.child.pid);
  const latencies = [];
  let busyMs = 0;
  let fanOutMs = 0;
  let peakRss = idleRss;
  const executionsBefore = await executionsSoFar();
  for (let round = 0; round < ROUNDS; round++) {
    const sentAt = performance.now();
    const { postAnswer } = await graphql(api.base, `mutation($i: PostAnswerInput!) { postAnswer(input: $i) { id } }`, { i: { questionId, body: `Answer ${round} of ${label}` } }, answererToken);
    for (let waited = 0; waited < 20_000 && subscribers.some((s) => !s.received.has(postAnswer.id)); waited += 10) await sleep(10);
    peakRss = Math.max(peakRss, rssMb(api.child.pid));
    const missing = subscribers.filter((s) => !s.received.has(postAnswer.id)).length;
    if (missing) console.warn(`${label}: ${missing} subscribers did not receive answer ${round} within 20 s`);
    const arrivals = subscribers.filter((s) => s.received.has(postAnswer.id)).map((s) => s.received.get(postAnswer.id) - sentAt);
    latencies.push(...arrivals);
    busyMs += Math.max(...arrivals);
    fanOutMs += Math.max(...arrivals) - Math.min(...arrivals);
    await sleep(200);
  }
  await Promise.all(subscribers.map((s) => s.client.dispose()));
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
    executions: executionsBefore === null ? '-' : executionsAfter - executionsBefore,
    'RSS idle, subscribed MB': idleRss,
    'RSS peak MB': peakRss,
  };
}

const baseline = rssMb(api.child.pid);
console.log(`API RSS before any subscriber: ${baseline} MB`);
const signedIn = members.map((member) => jwt.sign({ sub: String(member.id) }, JWT_SECRET, { expiresIn: '1h' }));
const rows = [
  await measure('signed-in', signedIn),
  await measure('signed-out', signedIn.map(() => null)),
  await measure('signed-in, per-viewer field', signedIn, PER_VIEWER_SUBSCRIPTION),
];
console.log(`\n${ROUNDS} answers posted to one question, each delivered to every subscriber (client and API on the same machine):\n`);
table(rows);

await db.end();
await api.stop();
await database.stop();
process.exit(0);
