// Subscription fan-out: `subscribers` graphql-ws sockets on one question's answerPosted, while one
// member posts answers to it; measures deliveries per second and the latency from the postAnswer
// request to each delivery.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { percentile } from '../lib.mjs';

export async function fanOut({ base, questionId, argument, subscribers, poster, seconds, pid, rssKb }) {
  const url = `${base.replace(/^http/, 'ws')}/graphql`;
  const sentAt = new Map();
  const latencies = [];
  let errors = 0;
  let lastDelivery = 0;
  let peakRss = 0;
  const clients = [];
  let ready = 0;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${ready} of ${subscribers} subscriptions started in 60 s`)), 60_000);
    for (let i = 0; i < subscribers; i++) {
      const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, on: { connected: () => ++ready === subscribers && (clearTimeout(timer), setTimeout(resolve, 500)) } });
      clients.push(client);
      client.subscribe(
        { query: `subscription($q: ID!) { answerPosted(${argument}: $q) { id body } }`, variables: { q: questionId } },
        {
          next: ({ data, errors: e }) => {
            if (e) errors++;
            const posted = sentAt.get(/#(\d+)/.exec(data?.answerPosted?.body ?? '')?.[1]);
            if (posted === undefined) return;
            lastDelivery = performance.now();
            latencies.push(lastDelivery - posted);
          },
          error: () => errors++,
          complete: () => undefined,
        },
      );
    }
  });
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssKb(pid, 'VmRSS:'))), 200);
  const started = performance.now();
  let sequence = 0;
  const postOne = async () => {
    const n = String(++sequence);
    sentAt.set(n, performance.now());
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: poster.authorization },
      body: JSON.stringify({ query: 'mutation($input: PostAnswerInput!) { postAnswer(input: $input) { id } }', variables: { input: { questionId, body: `Fan-out answer #${n}: restart the router.` } } }),
    });
    if ((await response.text()).includes('"errors"')) errors++;
  };
  // Four posters in a loop for the duration, then a moment for the last deliveries.
  await Promise.all([0, 1, 2, 3].map(async () => {
    while (performance.now() - started < seconds * 1000) await postOne();
  }));
  await new Promise((r) => setTimeout(r, 2000));
  const elapsed = (Math.max(lastDelivery, started + 1) - started) / 1000;
  clearInterval(sampler);
  clients.forEach((c) => c.dispose());
  const sorted = latencies.sort((a, b) => a - b);
  const expected = sequence * subscribers;
  return {
    deliveriesPerSecond: latencies.length / elapsed,
    p50: sorted.length ? Math.round(percentile(sorted, 50)) : '-',
    p99: sorted.length ? Math.round(percentile(sorted, 99)) : '-',
    errors: errors + (expected - latencies.length),
    peakRss,
  };
}
