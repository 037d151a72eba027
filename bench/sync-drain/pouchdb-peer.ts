/**
 * The peer the drain is compared with: PouchDB replicating the same cases to a
 * CouchDB-protocol server (express-pouchdb on LevelDB) over loopback, batches of 100.
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb';
import type { CaseEvent } from '../../shared/domain/case/case-events';

const LOAD_BATCH = 1_000;

/** `cases`: each case's events; returns the ms PouchDB took to replicate them all. */
export async function replicateWithPouchDb(cases: readonly CaseEvent[][], dir: string): Promise<number> {
  mkdirSync(join(dir, 'server'), { recursive: true });
  const ServerPouch = PouchDB.defaults({ prefix: `${join(dir, 'server')}/` });
  const server = createServer(expressPouchdb(ServerPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const source = new PouchDB(join(dir, 'source'));
  try {
    for (let start = 0; start < cases.length; start += LOAD_BATCH) {
      await source.bulkDocs(cases.slice(start, start + LOAD_BATCH).map((events) => ({ _id: events[0]!.caseId, events })));
    }
    const { port } = server.address() as AddressInfo;
    const started = performance.now();
    const result = await PouchDB.replicate(source, `http://127.0.0.1:${port}/cases`, { batch_size: 100 });
    const elapsed = performance.now() - started;
    if (result.docs_written !== cases.length) throw new Error(`PouchDB wrote ${result.docs_written} of ${cases.length} cases`);
    return elapsed;
  } finally {
    await source.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
