/**
 * `npm test`: the gate CI runs. The checks are single-threaded and independent, so they run
 * in two lanes side by side (one core each): typecheck and the format check in one; eslint,
 * knip and the renderer build in the other. The vitest suite and then Playwright follow,
 * each using the whole machine. Every phase's output is shown whole when it ends (never
 * interleaved), and the run ends with each phase's wall time, so a slow phase is visible in
 * every CI log. `npm run lint` and `npm run test:e2e` remain what a developer runs by hand.
 *
 *   tsx tests/gate/run-gate.ts            the whole gate
 *   tsx tests/gate/run-gate.ts --no-e2e   stop before Playwright (and the renderer build)
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

interface PhaseResult {
  name: string;
  seconds: number;
  ok: boolean;
}

/** Runs an npm script with its output held back, then prints it under a heading. */
function runScript(script: string): Promise<PhaseResult> {
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    const finish = (ok: boolean, reason = '') => {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`\n── ${script} (${seconds.toFixed(1)} s${ok ? '' : `, FAILED${reason}`}) ──\n`);
      process.stdout.write(Buffer.concat(output));
      resolve({ name: script, seconds, ok });
    };
    child.once('error', (error) => finish(false, `: ${error.message}`));
    child.once('close', (code, signal) => finish(code === 0, signal ? `: ${signal}` : `: exit ${code}`));
  });
}

/** Runs an npm script with its output streamed as it comes (the long suites show progress). */
function streamScript(script: string): Promise<PhaseResult> {
  const started = performance.now();
  process.stdout.write(`\n── ${script} ──\n`);
  const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
  return new Promise((resolve) => {
    const finish = (ok: boolean) => resolve({ name: script, seconds: (performance.now() - started) / 1000, ok });
    child.once('error', () => finish(false));
    child.once('close', (code) => finish(code === 0));
  });
}

/** Runs scripts one after another, stopping at the first that fails. */
async function runInTurn(scripts: readonly string[]): Promise<PhaseResult[]> {
  const results: PhaseResult[] = [];
  for (const script of scripts) {
    const result = await runScript(script);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

function printSummary(results: readonly PhaseResult[], wallSeconds: number): void {
  const width = Math.max(...results.map((result) => result.name.length));
  const lines = results.map(
    (result) => `  ${result.name.padEnd(width)}  ${result.seconds.toFixed(1).padStart(7)} s  ${result.ok ? 'ok' : 'FAILED'}`,
  );
  process.stdout.write(
    `\nGate phases (the first lanes run side by side):\n${lines.join('\n')}\n  ${'wall'.padEnd(width)}  ${wallSeconds.toFixed(1).padStart(7)} s\n`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'no-e2e': { type: 'boolean', default: false } }, strict: true });
  const started = performance.now();
  const results: PhaseResult[] = [];
  const allOk = () => results.every((result) => result.ok);

  // Balanced by measure: typecheck + format check ~67 s, eslint + knip + renderer build ~63 s.
  const secondLane = values['no-e2e'] ? ['lint:code'] : ['lint:code', 'build:renderer'];
  const lanes = await Promise.all([runInTurn(['typecheck', 'format:check']), runInTurn(secondLane)]);
  results.push(...lanes.flat());
  // A type or lint error fails the gate anyway: don't spend minutes of tests first.
  if (allOk()) results.push(await streamScript('test:unit'));
  if (allOk() && !values['no-e2e']) results.push(await streamScript('test:e2e:run'));
  printSummary(results, (performance.now() - started) / 1000);
  process.exitCode = allOk() ? 0 : 1;
}

await main();
