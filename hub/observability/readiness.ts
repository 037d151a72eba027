/**
 * Readiness for a load balancer: this instance can serve workstations when its database
 * answers and carries every migration this release needs. The peer hub is reported but does
 * not make the instance unready: while the other province is unreachable, workstations must
 * still be able to push here (events queue for forwarding), so taking the instance out of
 * rotation would turn one outage into two.
 */
import type { Database } from '../db/database';
import { MIGRATIONS } from '../db/migrations';
import type { PeerStatus } from '../forwarder/forwarder';

export interface ReadinessReport {
  ready: boolean;
  /** The embedded engine (PGlite) never calls itself fit for production. */
  engine: { name: Database['engine']; production: boolean };
  checks: {
    database: { ok: boolean; error?: string };
    migrations: { ok: boolean; missing: string[] };
    peer: { configured: boolean; state: PeerStatus['state']; failingSince?: string; consecutiveFailures: number };
  };
}

const DATABASE_TIMEOUT_MS = 2_000;

export async function checkReadiness(db: Database, peer: PeerStatus): Promise<ReadinessReport> {
  const peerCheck = {
    configured: peer.configured,
    state: peer.state,
    consecutiveFailures: peer.consecutiveFailures,
    ...(peer.failingSince ? { failingSince: peer.failingSince } : {}),
  };
  const engine = { name: db.engine, production: db.engine === 'postgres' };
  let applied: Set<string>;
  try {
    const rows = await withTimeout(db.query<{ id: string }>('SELECT id FROM schema_migrations'), DATABASE_TIMEOUT_MS);
    applied = new Set(rows.map((row) => row.id));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ready: false,
      engine,
      checks: { database: { ok: false, error: message }, migrations: { ok: false, missing: [] }, peer: peerCheck },
    };
  }
  // A newer release's extra migrations are fine: migrations stay backward compatible for one release.
  const missing = MIGRATIONS.map((migration) => migration.id).filter((id) => !applied.has(id));
  return {
    ready: missing.length === 0,
    engine,
    checks: { database: { ok: true }, migrations: { ok: missing.length === 0, missing }, peer: peerCheck },
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
