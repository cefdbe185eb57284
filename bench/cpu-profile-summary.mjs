// What a CPU profile spent its time on, by self time: the top functions, and the same samples grouped
// by where the code comes from (a package, Node's internals, the API's own bundle, GC, idle).
//   node bench/cpu-profile-summary.mjs /tmp/prof/CPU.*.cpuprofile [--top 30]
// Profiles come from `node --cpu-prof` (BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" makes
// the benchmarks start the API that way). Several files are added up.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const TOP = topAt >= 0 ? Number(args[topAt + 1]) : 30;
const files = args.filter((a, i) => !a.startsWith('--') && i !== topAt + 1);
if (files.length === 0) {
  console.error('usage: node bench/cpu-profile-summary.mjs FILE.cpuprofile... [--top 30]');
  process.exit(1);
}

/** Where a function's code comes from: `pg`, `@nestjs/core`, `node:internal`, `api bundle`... */
function originOf(url, name) {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const inModules = url.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const [first, second] = url.slice(inModules + 'node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  if (url.startsWith('node:')) return 'node:internal';
  if (url.includes('dist/apps/api/main.js')) return 'api bundle';
  return url.replace(/^file:\/\//, '');
}

const byFunction = new Map();
const byOrigin = new Map();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  // timeDeltas[i] is the time before sample i: charge it to the node sampled.
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const name = functionName || '(anonymous)';
    const where = url ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/')}:${lineNumber + 1}` : '';
    const key = `${name}  ${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    const origin = originOf(url, name);
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + micros);
    total += micros;
  });
}

const print = (title, map, limit) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`  ${(micros / 1000).toFixed(0).padStart(7)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
};
const idle = byOrigin.get('(idle)') ?? 0;
console.log(`${files.length} profile(s): ${(total / 1e6).toFixed(1)} s sampled, ${(idle / 1e6).toFixed(1)} s idle, ${((total - idle) / 1e6).toFixed(1)} s busy.`);
print('Self time by origin:', byOrigin, 25);
print(`Self time by function (top ${TOP}):`, byFunction, TOP);
