#!/usr/bin/env node
// `npm test`: lint, typecheck, unit and integration tests, then the browser tests against the built
// product. Every stage runs even when an earlier one fails, so one run shows everything that is wrong;
// the last line counts the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };
const results = { passed: 0, failed: 0, skipped: 0 };
const failedStages = [];

function stage(name, command, args, extraEnv = {}) {
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`━━ ${name}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  if (status !== 0) failedStages.push(name);
  return status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

stage('lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--parallel=2', '--output-style=static']);
stage('typecheck', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--parallel=2', '--output-style=static']);

stage('unit and integration tests', 'npx', ['jest', '-c', 'jest.config.cjs', '--ci', '--json', '--outputFile=test-results/jest.json']);
const jest = readJson('test-results/jest.json');
if (jest) {
  results.passed += jest.numPassedTests;
  results.failed += jest.numFailedTests;
  results.skipped += jest.numPendingTests + jest.numTodoTests;
}

if (stage('build', 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'])) {
  stage('browser tests', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], { E2E_PORT: String(await freePort()) });
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    results.passed += e2e.stats.expected + e2e.stats.flaky;
    results.failed += e2e.stats.unexpected;
    results.skipped += e2e.stats.skipped;
  }
}

console.log(failedStages.length ? `\nFailed stages: ${failedStages.join(', ')}` : '\nAll stages passed.');
console.log(`tests: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(failedStages.length ? 1 : 0);
