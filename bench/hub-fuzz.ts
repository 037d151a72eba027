/**
 * Malformed requests over every route of a hub, on PGlite and on PostgreSQL: prints the
 * answers counted by status, any 5xx, and the tables whose digest changed. Goal: no 5xx,
 * no table changed. Optionally writes the hub's JSON request log to a file (`--log FILE`)
 * and searches it for the personal data the requests carried.
 *
 *   npx tsx bench/hub-fuzz.ts [--requests 10000] [--seed 1] [--engine pglite|postgres|both] [--log FILE]
 *
 * PostgreSQL runs when HUB_BENCH_DATABASE_URL (or HUB_TEST_DATABASE_URL) names a server where
 * databases may be created.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createBenchDatabase, type EngineName } from './forward-outage/databases';
import { fuzzHub } from './hub-fuzz/fuzz-hub';
import { PERSONAL_DATA } from './hub-fuzz/malformed-requests';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    engine: { type: 'string', default: 'both' },
    log: { type: 'string' },
  },
});
const adminUrl = process.env.HUB_BENCH_DATABASE_URL ?? process.env.HUB_TEST_DATABASE_URL;
const engines: EngineName[] = values.engine === 'both' ? (adminUrl ? ['pglite', 'postgres'] : ['pglite']) : [values.engine as EngineName];

let failed = false;
for (const engine of engines) {
  const database = await createBenchDatabase(engine, adminUrl);
  const logFile = values.log ? `${values.log}.${engine}` : undefined;
  if (logFile) writeFileSync(logFile, '', { mode: 0o600 });
  const started = performance.now();
  try {
    const report = await fuzzHub({
      database: database.config,
      requests: Number(values.requests),
      seed: Number(values.seed),
      logger: logFile ? { write: (line) => appendFileSync(logFile, line) } : undefined,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`${engine}: ${values.requests} requests over ${report.routes} routes in ${seconds.toFixed(1)} s`);
    console.log(`  by status: ${JSON.stringify(report.byStatus)}`);
    const serverErrors = Object.entries(report.byStatus)
      .filter(([status]) => !/^[1-4]\d\d$/.test(status))
      .reduce((sum, [, n]) => sum + n, 0);
    console.log(`  5xx or failed: ${serverErrors}; tables changed: ${report.changed.length}`);
    for (const line of [...report.failures, ...report.changed]) console.log(`    ${line}`);
    if (logFile) {
      const log = readFileSync(logFile, 'utf8');
      const found = Object.entries(PERSONAL_DATA).filter(([, text]) => log.includes(text));
      console.log(
        `  log ${logFile}: ${log.split('\n').length - 1} lines, personal data found: ${found.length === 0 ? 'none' : found.map(([kind]) => kind).join(', ')}`,
      );
      if (found.length > 0) failed = true;
    }
    if (serverErrors > 0 || report.changed.length > 0) failed = true;
  } finally {
    await database.drop();
  }
}
process.exitCode = failed ? 1 : 0;
