// Light graphql-ws subscribers for the fan-out benchmarks: raw TCP sockets that do the WebSocket
// upgrade and framing and speak the graphql-transport-ws protocol themselves (connection_init,
// subscribe, ack, next, ping/pong), spread over worker threads.
//
// Why not graphql-ws's `createClient`: a load generator must cost far less than the server it
// measures. A thousand full clients in one event loop, each JSON-parsing every message, cost about
// 20 us of CPU per delivery, on the same two cores as the API (ws clients in worker threads cost the
// same); these cost about 13 us, mostly the kernel's. Each `next` message is recognised by its bytes:
// it must start with exactly `{"id":"<this socket's subscription id>","type":"next","payload":`, and
// the event's sequence number is the decimal number after a given marker (`#` in an answer's body,
// or the answer's id). Nothing is skipped: every message is counted for its socket, a message that
// is not such a `next` (an error, a complete, an unexpected payload), a fragmented or unexpected
// frame, a close by the server and a payload with `"errors"` count as errors, and the first message
// of each socket plus one in 64 afterwards are also fully parsed and must agree with what the bytes
// said. Arrival times are taken in the worker as `performance.timeOrigin + performance.now()`, the
// clock the caller uses for send times.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import net from 'node:net';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** Now, in milliseconds, comparable across the threads of this process. */
export const now = () => performance.timeOrigin + performance.now();

/**
 * `connectionParams.length` subscribers (one socket and one subscription each, with those connection
 * params) of `query` with `variables`, on `url` (ws://.../graphql), over `threads` worker threads.
 * Resolves once every subscription was sent and acknowledged connection; the server registers a
 * subscription shortly after, so wait a moment before publishing.
 */
export async function openSubscribers({ url, query, variables, connectionParams, sequenceAfter, threads = 2 }) {
  const workers = [];
  const perThread = Math.ceil(connectionParams.length / threads);
  for (let start = 0; start < connectionParams.length; start += perThread) {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { url, query, variables, connectionParams: connectionParams.slice(start, start + perThread), sequenceAfter },
    });
    workers.push({ worker, sockets: Math.min(perThread, connectionParams.length - start) });
  }
  const ask = (worker, request) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (message.reply !== request.type) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(message);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage(request);
    });
  await Promise.all(workers.map(({ worker }) => ask(worker, { type: 'open' })));
  return {
    count: connectionParams.length,
    /** How many subscribers have the event numbered `sequence`, once all have it or `timeoutMs` has passed. */
    async waitFor(sequence, timeoutMs) {
      const replies = await Promise.all(workers.map(({ worker }) => ask(worker, { type: 'wait', sequence, timeoutMs })));
      return replies.reduce((sum, reply) => sum + reply.received, 0);
    },
    /** Every arrival so far (sequence and time, in step), the errors seen, and resets both. */
    async collect() {
      const replies = await Promise.all(workers.map(({ worker }) => ask(worker, { type: 'collect' })));
      return {
        sequences: replies.flatMap((reply) => Array.from(reply.sequences)),
        times: replies.flatMap((reply) => Array.from(reply.times)),
        errors: replies.reduce((sum, reply) => sum + reply.errors, 0),
        firstError: replies.find((reply) => reply.firstError)?.firstError ?? null,
      };
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => ask(worker, { type: 'close' }).then(() => worker.terminate())));
    },
  };
}

/** A frame from a client: FIN, `opcode`, the length, and the data masked with a random key (RFC 6455). */
function clientFrame(opcode, data) {
  const headerLength = data.length < 126 ? 2 : data.length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + 4 + data.length);
  frame[0] = 0x80 | opcode;
  if (headerLength === 2) frame[1] = 0x80 | data.length;
  else if (headerLength === 4) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(data.length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(data.length), 2);
  }
  const mask = randomBytes(4);
  mask.copy(frame, headerLength);
  for (let i = 0; i < data.length; i++) frame[headerLength + 4 + i] = data[i] ^ mask[i & 3];
  return frame;
}

// ---- The worker: its share of the sockets.
if (!isMainThread) {
  const { url, query, variables, connectionParams, sequenceAfter } = workerData;
  const marker = Buffer.from(sequenceAfter);
  const ERRORS = Buffer.from('"errors"');
  let sequences = new Float64Array(1 << 16);
  let times = new Float64Array(1 << 16);
  let arrivals = 0;
  let errors = 0;
  let firstError = null;
  let messages = 0;
  /** Per sequence number, how many of this worker's sockets have it; and who waits for all of them. */
  const receivedBySequence = new Map();
  const waiting = new Map();
  const sockets = [];
  let closing = false;

  const fail = (reason) => {
    errors++;
    firstError ??= reason;
  };
  const record = (sequence, time) => {
    if (arrivals === sequences.length) {
      const grow = (array) => {
        const larger = new Float64Array(array.length * 2);
        larger.set(array);
        return larger;
      };
      sequences = grow(sequences);
      times = grow(times);
    }
    sequences[arrivals] = sequence;
    times[arrivals++] = time;
    const received = (receivedBySequence.get(sequence) ?? 0) + 1;
    receivedBySequence.set(sequence, received);
    if (received === sockets.length) waiting.get(sequence)?.();
  };
  /** The decimal number right after `marker` in `data`, from `from` on; -1 when there is none. */
  const sequenceIn = (data, from) => {
    const at = data.indexOf(marker, from);
    if (at < 0) return -1;
    let sequence = 0;
    let i = at + marker.length;
    for (; i < data.length && data[i] >= 48 && data[i] <= 57; i++) sequence = sequence * 10 + data[i] - 48;
    return i === at + marker.length ? -1 : sequence;
  };
  // A WebSocket client written for this: each socket's reads land in one buffer shared by the worker
  // (net's `onread`: no allocation or stream per read), and frames are parsed in place.
  // One read buffer for every socket of this worker: a read is handled before the next one starts.
  const readBuffer = Buffer.allocUnsafe(1 << 16);
  const open = (params) =>
    new Promise((resolve, reject) => {
      const { hostname, port, pathname } = new URL(url);
      const key = randomBytes(16).toString('base64');
      const id = randomUUID();
      const prefix = Buffer.from(`{"id":"${id}","type":"next","payload":`);
      let state = 'upgrading';
      let first = true;
      /** Bytes of a frame (or of the upgrade response) that a read ended in the middle of. */
      let pending = null;
      const socket = net.connect({ host: hostname, port: Number(port), onread: { buffer: readBuffer, callback: (length, buffer) => void onRead(buffer.subarray(0, length)) } });
      socket.setNoDelay(true);
      const send = (text) => socket.write(clientFrame(0x1, Buffer.from(text)));
      socket.on('connect', () =>
        socket.write(
          `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
            `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
        ),
      );
      socket.on('error', (error) => (state === 'subscribed' ? fail(`socket error: ${error.message}`) : reject(error)));
      socket.on('close', () => state === 'subscribed' && !closing && fail('socket closed'));
      sockets.push({ close: () => new Promise((done) => (socket.once('close', done), socket.end(clientFrame(0x8, Buffer.from([0x03, 0xe8]))))) });

      const onRead = (data) => {
        const time = now();
        if (pending) {
          data = Buffer.concat([pending, data]);
          pending = null;
        }
        let at = 0;
        if (state === 'upgrading') {
          const end = data.indexOf('\r\n\r\n');
          if (end < 0) return void (pending = Buffer.from(data));
          const head = data.toString('latin1', 0, end);
          const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
          if (!head.startsWith('HTTP/1.1 101') || !head.includes(`Sec-WebSocket-Accept: ${accept}`)) return reject(new Error(`upgrade refused: ${head.slice(0, 200)}`));
          state = 'initialising';
          send(JSON.stringify({ type: 'connection_init', payload: params ?? {} }));
          at = end + 4;
        }
        // Frames from the server (RFC 6455, never masked): FIN and opcode, a 7, 16 or 64-bit length, the data.
        while (at < data.length) {
          if (data.length - at < 2) break;
          const fin = (data[at] & 0x80) !== 0;
          const opcode = data[at] & 0x0f;
          let length = data[at + 1] & 0x7f;
          let start = at + 2;
          if (length === 126) {
            if (data.length - at < 4) break;
            length = data.readUInt16BE(at + 2);
            start = at + 4;
          } else if (length === 127) {
            if (data.length - at < 10) break;
            length = Number(data.readBigUInt64BE(at + 2));
            start = at + 10;
          }
          if (data.length < start + length) break;
          const payload = data.subarray(start, start + length);
          at = start + length;
          // ws sends each graphql-ws message in one frame; anything else is reported, not reassembled.
          if (!fin) fail('a fragmented message');
          if (opcode === 0x1) onMessage(payload, time);
          else if (opcode === 0x9) socket.write(clientFrame(0xa, payload));
          else if (opcode === 0x8) {
            if (!closing) fail(`closed by the server with ${payload.length >= 2 ? payload.readUInt16BE(0) : 'no code'}`);
            state = 'closed';
          }
          else if (opcode !== 0xa) fail(`an unexpected frame, opcode ${opcode}`);
        }
        // What is left is the start of a frame: kept, as the read buffer is reused.
        if (at < data.length) pending = Buffer.from(data.subarray(at));
      };

      const onMessage = (data, time) => {
        if (state === 'initialising') {
          const message = JSON.parse(data.toString());
          if (message.type !== 'connection_ack') return reject(new Error(`expected connection_ack, got ${data.toString().slice(0, 200)}`));
          state = 'subscribed';
          send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
          return resolve();
        }
        if (data.length <= prefix.length || data.compare(prefix, 0, prefix.length, 0, prefix.length) !== 0) {
          const text = data.toString();
          if (text === '{"type":"ping"}') return send('{"type":"pong"}');
          return fail(`not a next message of this subscription: ${text.slice(0, 300)}`);
        }
        const sequence = sequenceIn(data, prefix.length);
        if (sequence < 0) return fail(`no number after ${sequenceAfter}: ${data.toString().slice(0, 300)}`);
        if (data.indexOf(ERRORS, prefix.length) >= 0) fail(`errors in: ${data.toString().slice(0, 300)}`);
        if (first || ++messages % 64 === 0) {
          first = false;
          // What the bytes said, checked against the parsed message: the same JSON, id, type and number.
          const text = data.toString();
          const parsed = JSON.parse(text);
          const ok = JSON.stringify(parsed) === text && parsed.id === id && parsed.type === 'next' && sequenceIn(Buffer.from(JSON.stringify(parsed.payload.data)), 0) === sequence;
          if (!ok) fail(`read ${sequence} from ${text.slice(0, 300)}`);
        }
        record(sequence, time);
      };
    });

  parentPort.on('message', async (request) => {
    if (request.type === 'open') {
      for (let start = 0; start < connectionParams.length; start += 50) await Promise.all(connectionParams.slice(start, start + 50).map(open));
      parentPort.postMessage({ reply: 'open' });
    } else if (request.type === 'wait') {
      const { sequence, timeoutMs } = request;
      if ((receivedBySequence.get(sequence) ?? 0) < sockets.length) {
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, timeoutMs);
          waiting.set(sequence, () => (clearTimeout(timer), resolve()));
        });
        waiting.delete(sequence);
      }
      parentPort.postMessage({ reply: 'wait', received: receivedBySequence.get(sequence) ?? 0 });
    } else if (request.type === 'collect') {
      const reply = { reply: 'collect', sequences: sequences.slice(0, arrivals), times: times.slice(0, arrivals), errors, firstError };
      arrivals = 0;
      errors = 0;
      firstError = null;
      receivedBySequence.clear();
      parentPort.postMessage(reply, [reply.sequences.buffer, reply.times.buffer]);
    } else if (request.type === 'close') {
      closing = true;
      await Promise.all(sockets.map((socket) => socket.close()));
      parentPort.postMessage({ reply: 'close' });
    }
  });
}
