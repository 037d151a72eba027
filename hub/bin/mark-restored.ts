/**
 * Run after restoring a hub's database from a backup (pg_restore, PITR, or a copied PGlite
 * directory), before the hub instances start again:
 *
 *   tsx hub/bin/mark-restored.ts (--data DIR | env HUB_DATABASE_URL)
 *
 * It starts a new feed epoch (store/feed-epoch.ts). Every workstation that next talks to the
 * hub sees it, reads the feed again from the start and pushes again the events it delivered
 * that the restored database lacks; the hub's forwarder asks the peer hub to forward again
 * what it sent since an hour before the newest peer event the backup holds. Running it
 * without a restore costs each workstation one re-read of its hall's feed and the peer one
 * resend of an hour's forwards, nothing else.
 */
import { parseArgs } from 'node:util';
import { openDatabase, type DatabaseConfig } from '../db/open-database';
import { requestPeerResend, startNewFeedEpoch } from '../store/feed-epoch';
import { failUsage, UsageError } from './cli';

const USAGE = 'usage: mark-restored.ts (--data DIR | env HUB_DATABASE_URL)';

function readOptions(): DatabaseConfig {
  const { values } = parseArgs({ options: { data: { type: 'string' } }, strict: true });
  const databaseUrl = process.env.HUB_DATABASE_URL;
  if (databaseUrl) return { engine: 'postgres', connectionString: databaseUrl };
  if (values.data) return { engine: 'pglite', dataDir: values.data };
  throw new UsageError('give --data DIR (embedded PGlite) or set HUB_DATABASE_URL (PostgreSQL)');
}

async function main(): Promise<void> {
  let database;
  try {
    database = readOptions();
  } catch (error) {
    failUsage(error, USAGE);
  }
  const db = await openDatabase(database);
  try {
    console.log(`new feed epoch ${await startNewFeedEpoch(db)}: workstations will re-read the feed and push again what the restore lost`);
    console.log(`the peer hub will be asked to forward again what it sent since ${await requestPeerResend(db)}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error('mark-restored failed:', error);
  process.exit(1);
});
