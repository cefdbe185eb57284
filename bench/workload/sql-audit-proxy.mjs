// A TCP proxy in front of PostgreSQL that counts the client's round trips and keeps the SQL it sends.
// Used only in the audit phase (never under load): a round trip is a simple Query ('Q') or the Sync
// ('S') that ends an extended-protocol Parse/Bind/Execute batch, which is how node-postgres sends
// every parameterised statement. Parse ('P') and Query messages carry the SQL text.
import { connect, createServer } from 'node:net';

export async function startSqlAudit(target) {
  const url = new URL(target);
  const log = { roundTrips: 0, statements: [] };
  const server = createServer((client) => {
    const upstream = connect(Number(url.port || 5432), url.hostname);
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 4) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          if (code !== 80877103) started = true; // not an SSLRequest: the startup message
          continue;
        }
        if (buffer.length < 5) break;
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) break;
        const type = String.fromCharCode(buffer[0]);
        const payload = buffer.subarray(5, length + 1);
        if (type === 'Q') {
          log.roundTrips++;
          log.statements.push(payload.toString('utf8', 0, payload.indexOf(0)));
        }
        if (type === 'S') log.roundTrips++;
        if (type === 'P') {
          const nameEnd = payload.indexOf(0);
          log.statements.push(payload.toString('utf8', nameEnd + 1, payload.indexOf(0, nameEnd + 1)));
        }
        buffer = buffer.subarray(length + 1);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => (client.destroy(), upstream.destroy());
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(target);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(server.address().port);
  return {
    url: proxied.toString(),
    /** Round trips and statements sent while `fn` ran (run it alone: nothing else may use the proxy). */
    async measure(fn) {
      const before = { roundTrips: log.roundTrips, statements: log.statements.length };
      await fn();
      await new Promise((r) => setTimeout(r, 30)); // the last messages may still be in flight
      return { roundTrips: log.roundTrips - before.roundTrips, statements: log.statements.slice(before.statements) };
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
