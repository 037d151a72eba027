/**
 * The hub administrator's view of enrolled workstations, straight on the hub's database.
 *
 *   tsx hub/bin/workstations.ts list (--data DIR | env HUB_DATABASE_URL)
 *   tsx hub/bin/workstations.ts deactivate <workstation-id> --reason "更换电脑" (--data DIR | env HUB_DATABASE_URL)
 *
 * Deactivating frees the workstation's window for another machine and stops its token; it
 * is how a replaced or lost PC is taken out of service (the hub refuses a second
 * workstation at an occupied window, because both would mint the same 办件编号).
 */
import { parseArgs } from 'node:util';
import { openDatabase, type DatabaseConfig } from '../db/open-database';
import { deactivateWorkstation, listWorkstations } from '../store/workstations';
import { failUsage, UsageError } from './cli';

const USAGE = `usage: workstations.ts list (--data DIR | env HUB_DATABASE_URL)
       workstations.ts deactivate <workstation-id> --reason TEXT (--data DIR | env HUB_DATABASE_URL)`;

function readOptions() {
  const { values, positionals } = parseArgs({
    options: { data: { type: 'string' }, reason: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [command, workstationId] = positionals;
  const databaseUrl = process.env.HUB_DATABASE_URL;
  let database: DatabaseConfig;
  if (databaseUrl) database = { engine: 'postgres', connectionString: databaseUrl };
  else if (values.data) database = { engine: 'pglite', dataDir: values.data };
  else throw new UsageError('give --data DIR (embedded PGlite) or set HUB_DATABASE_URL (PostgreSQL)');
  if (command === 'list') return { command, database } as const;
  if (command === 'deactivate') {
    if (!workstationId) throw new UsageError('deactivate needs the workstation id');
    if (!values.reason?.trim()) throw new UsageError('deactivate needs --reason');
    return { command, database, workstationId, reason: values.reason.trim() } as const;
  }
  throw new UsageError('command must be list or deactivate');
}

async function main(): Promise<void> {
  let options;
  try {
    options = readOptions();
  } catch (error) {
    failUsage(error, USAGE);
  }
  const db = await openDatabase(options.database);
  try {
    if (options.command === 'list') {
      for (const row of await listWorkstations(db)) {
        const state = row.active ? 'active' : `deactivated (${row.deactivatedReason ?? ''})`;
        console.log(`${row.id}  hall ${row.hallCode}  window ${String(row.window).padStart(2, '0')}  ${row.clerk}  enrolled ${row.enrolledAt}  ${state}`);
      }
      return;
    }
    const done = await deactivateWorkstation(db, options.workstationId, options.reason);
    console.log(done ? `deactivated ${options.workstationId}` : `no active workstation ${options.workstationId}`);
    if (!done) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error('workstations failed:', error);
  process.exit(1);
});
