// Subscription fan-out: `subscribers` graphql-ws subscriptions on one question's answerPosted (light
// clients in worker threads, see ../live-subscribers.mjs), while answers are posted to it: at
// `answersPerSecond` on a clock (open loop: a slow reply does not slow the next post), or by four
// posters in a loop when it is null; measures deliveries per second and the latency from sending each
// postAnswer to each delivery.
import { readFileSync } from 'node:fs';
import { percentile } from '../lib.mjs';

/** CPU time (user + system, all threads) a process has used so far, in ms. */
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
import { now, openSubscribers } from '../live-subscribers.mjs';

export async function fanOut({ base, questionId, argument, subscribers, poster, seconds, pid, rssKb, answersPerSecond = null }) {
  const sentAt = new Map();
  let errors = 0;
  let peakRss = 0;
  const clients = await openSubscribers({
    url: `${base.replace(/^http/, 'ws')}/graphql`,
    query: `subscription($q: ID!) { answerPosted(${argument}: $q) { id body } }`,
    variables: { q: questionId },
    connectionParams: Array.from({ length: subscribers }, () => ({})),
    sequenceAfter: '#',
  });
  await new Promise((r) => setTimeout(r, 500));
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssKb(pid, 'VmRSS:'))), 200);
  const started = now();
  const cpuBefore = { api: cpuMs(pid), bench: cpuMs(process.pid) };
  let sequence = 0;
  const postLatencies = [];
  const postOne = async () => {
    const n = ++sequence;
    const sent = now();
    sentAt.set(n, sent);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: poster.authorization },
      body: JSON.stringify({ query: 'mutation($input: PostAnswerInput!) { postAnswer(input: $input) { id } }', variables: { input: { questionId, body: `Fan-out answer #${n}: restart the router.` } } }),
    });
    if ((await response.text()).includes('"errors"')) errors++;
    postLatencies.push(now() - sent);
  };
  if (answersPerSecond) {
    const posts = [];
    for (let i = 0; started + i * (1000 / answersPerSecond) < started + seconds * 1000; i++) {
      const wait = started + i * (1000 / answersPerSecond) - now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      posts.push(postOne());
    }
    await Promise.all(posts);
  } else {
    await Promise.all([0, 1, 2, 3].map(async () => {
      while (now() - started < seconds * 1000) await postOne();
    }));
  }
  // Then a moment for the last deliveries.
  await new Promise((r) => setTimeout(r, 2000));
  clearInterval(sampler);
  const cpu = { api: cpuMs(pid) - cpuBefore.api, bench: cpuMs(process.pid) - cpuBefore.bench };
  const arrivals = await clients.collect();
  await clients.close();
  const latencies = [];
  let lastDelivery = started + 1;
  arrivals.sequences.forEach((n, i) => {
    if (!sentAt.has(n)) return;
    latencies.push(arrivals.times[i] - sentAt.get(n));
    lastDelivery = Math.max(lastDelivery, arrivals.times[i]);
  });
  if (arrivals.firstError) console.warn(`fan-out: ${arrivals.errors} bad messages, the first: ${arrivals.firstError}`);
  const elapsed = (lastDelivery - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  postLatencies.sort((a, b) => a - b);
  const expected = sequence * subscribers;
  return {
    deliveriesPerSecond: latencies.length / elapsed,
    p50: sorted.length ? Math.round(percentile(sorted, 50)) : '-',
    p99: sorted.length ? Math.round(percentile(sorted, 99)) : '-',
    errors: errors + arrivals.errors + (expected - latencies.length),
    peakRss,
    answersPerSecond: sequence / elapsed,
    postP50: Math.round(percentile(postLatencies, 50)),
    postP99: Math.round(percentile(postLatencies, 99)),
    // CPU per delivery (µs), of the API and of this process (posters and subscribers): figures that
    // other load on the machine changes far less than the rates.
    apiCpuPerDelivery: latencies.length ? (cpu.api * 1000) / latencies.length : null,
    benchCpuPerDelivery: latencies.length ? (cpu.bench * 1000) / latencies.length : null,
  };
}
