/**
 * Scans travelling with a case: 20 MB of scans per case (four 3 MB JPEGs and an 8 MB PDF)
 * uploaded by the 四川 window to its hub, forwarded to the 重庆 hub, and fetched there by
 * the handling window — each leg timed, through the real clients (the workstation host's
 * scan client, the hub's scan forwarder), on a PGlite pair and on a PostgreSQL pair. Then
 * the hubs' storage per case. The peer in the same process: the same chunks PUT to and
 * GET from a bare Fastify route that keeps them in memory (the loopback HTTP ceiling).
 * Figures only; compare ratios (the machines are shared).
 *
 *   npx tsx bench/scan-transfer.bench.ts [--cases 3] [--postgres URL]   (URL also from HUB_TEST_DATABASE_URL)
 */
import { createHash, randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import type { ScanReference } from '../shared/domain/matter/application';
import { SCAN_CHUNK_BYTES } from '../shared/sync/scan-protocol';
import { createScanHubClient } from '../electron/handlers/scan-hub-client';
import { pushCase, startHubPair, type HubPair } from './scan-transfer/hub-pair';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '3' }, postgres: { type: 'string' } } });
const CASES = Number(values.cases);
const POSTGRES_URL = values.postgres ?? process.env.HUB_TEST_DATABASE_URL;
const MB = 1024 * 1024;

interface Scan {
  bytes: Buffer;
  reference: ScanReference;
}

function scan(size: number, kind: 'jpeg' | 'pdf', index: number): Scan {
  const head = kind === 'jpeg' ? Buffer.from([0xff, 0xd8, 0xff, 0xe0]) : Buffer.from('%PDF-1.7\n');
  // Random bytes: scans are already compressed, so the database cannot shrink them either.
  const bytes = Buffer.concat([head, randomBytes(size - head.length)]);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileName = kind === 'jpeg' ? `扫描件${index}.jpg` : '申请材料.pdf';
  return { bytes, reference: { sha256, fileName, mimeType: kind === 'jpeg' ? 'image/jpeg' : 'application/pdf', bytes: size } };
}

/** One case's worth: 4 × 3 MB + 8 MB = 20 MB. */
const caseScans = (): Scan[] => [...[0, 1, 2, 3].map((index) => scan(3 * MB, 'jpeg', index)), scan(8 * MB, 'pdf', 4)];
const totalBytes = (scans: readonly Scan[]) => scans.reduce((sum, item) => sum + item.bytes.length, 0);

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const mbps = (bytes: number, ms: number) => bytes / MB / (ms / 1000);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function upload(pair: HubPair, caseId: string, scans: readonly Scan[]): Promise<void> {
  const client = createScanHubClient(pair.sichuan.url);
  const { token } = pair.receiver;
  for (const { bytes, reference } of scans) {
    const state = await client.beginScanUpload(token, caseId, reference);
    if (state.status === 'partial') {
      for (const offset of state.missingOffsets)
        await client.putScanChunk(token, caseId, reference.sha256, offset, bytes.subarray(offset, offset + state.chunkSize));
      const done = await client.completeScanUpload(token, caseId, reference.sha256);
      if (done.status !== 'complete') throw new Error('upload did not complete');
    }
  }
}

async function fetchAll(pair: HubPair, caseId: string, scans: readonly Scan[]): Promise<void> {
  const client = createScanHubClient(pair.chongqing.url);
  const { token } = pair.handler;
  for (const { reference } of scans) {
    const info = await client.scanInfo(token, caseId, reference.sha256);
    const hash = createHash('sha256');
    for (let offset = 0; offset < info.bytes; offset += info.chunkSize)
      hash.update(await client.readScanChunk(token, caseId, reference.sha256, offset));
    if (hash.digest('hex') !== reference.sha256) throw new Error('fetched scan does not match its hash');
  }
}

async function storagePerCase(pair: HubPair, cases: number): Promise<string> {
  const figures = await Promise.all(
    [pair.sichuan, pair.chongqing].map(async (hub) => {
      const [row] = await hub.db.query<{ data: string; chunks_total: string; other: string }>(
        `SELECT sum(octet_length(data))::text AS data,
                pg_total_relation_size('scan_chunks')::text AS chunks_total,
                (pg_total_relation_size('scans') + pg_total_relation_size('scan_claims') + pg_total_relation_size('scan_claim_chunks'))::text AS other
         FROM scan_chunks`,
      );
      const perCase = (value: string | undefined) => Number(value ?? 0) / cases / MB;
      return `${hub.province}: ${perCase(row?.chunks_total).toFixed(2)} MB (bytes ${perCase(row?.data).toFixed(2)} MB + table/TOAST/index overhead; metadata ${(perCase(row?.other) * 1024).toFixed(0)} KB)`;
    }),
  );
  return figures.join('; ');
}

async function benchPair(label: string, pair: HubPair): Promise<Record<'upload' | 'forward' | 'fetch', number>> {
  const legs = { upload: [] as number[], forward: [] as number[], fetch: [] as number[] };
  let bytes = 0;
  for (let run = 0; run < CASES; run += 1) {
    const scans = caseScans();
    bytes = totalBytes(scans);
    const caseId = await pushCase(
      pair,
      scans.map((item) => item.reference),
    );
    legs.upload.push(await timed(() => upload(pair, caseId, scans)));
    await pair.sichuan.forwarder.drainOnce();
    legs.forward.push(
      await timed(async () => {
        const summary = await pair.sichuan.scanForwarder.drainOnce();
        if (summary.delivered !== scans.length) throw new Error(`forwarded ${JSON.stringify(summary)}`);
      }),
    );
    legs.fetch.push(await timed(() => fetchAll(pair, caseId, scans)));
  }
  const line = (name: keyof typeof legs) =>
    `  ${name.padEnd(8)} median ${median(legs[name]).toFixed(0).padStart(6)} ms per case  ${mbps(bytes, median(legs[name])).toFixed(1).padStart(6)} MB/s  (runs: ${legs[name].map((ms) => ms.toFixed(0)).join(', ')} ms)`;
  console.log(`\n${label}: ${CASES} cases × ${(bytes / MB).toFixed(0)} MB, ${SCAN_CHUNK_BYTES / MB} MB chunks`);
  for (const name of ['upload', 'forward', 'fetch'] as const) console.log(line(name));
  console.log(`  storage per case: ${await storagePerCase(pair, CASES)}`);
  return { upload: median(legs.upload), forward: median(legs.forward), fetch: median(legs.fetch) };
}

/** The same chunked PUTs and GETs against a route that keeps chunks in memory. */
async function loopbackCeiling(): Promise<Record<'upload' | 'fetch', number>> {
  const app = Fastify({ bodyLimit: 5 * MB });
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  const held = new Map<string, Buffer>();
  app.put('/chunks/:key', async (request) => {
    const body = request.body as Buffer;
    createHash('sha256').update(body).digest('hex');
    held.set((request.params as { key: string }).key, body);
    return { stored: true };
  });
  app.get('/chunks/:key', async (request, reply) =>
    reply.type('application/octet-stream').send(held.get((request.params as { key: string }).key)),
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const uploads: number[] = [];
  const fetches: number[] = [];
  let bytes = 0;
  for (let run = 0; run < CASES; run += 1) {
    const scans = caseScans();
    bytes = totalBytes(scans);
    const keys: string[] = [];
    uploads.push(
      await timed(async () => {
        for (const [index, item] of scans.entries()) {
          for (let offset = 0; offset < item.bytes.length; offset += SCAN_CHUNK_BYTES) {
            const key = `${run}-${index}-${offset}`;
            keys.push(key);
            await fetch(`${base}/chunks/${key}`, {
              method: 'PUT',
              headers: { 'content-type': 'application/octet-stream' },
              body: new Uint8Array(item.bytes.subarray(offset, offset + SCAN_CHUNK_BYTES)),
            }).then((response) => response.text());
          }
        }
      }),
    );
    fetches.push(
      await timed(async () => {
        for (const key of keys) await (await fetch(`${base}/chunks/${key}`)).arrayBuffer();
      }),
    );
  }
  await app.close();
  console.log(
    `\nloopback ceiling (bare Fastify, chunks in memory): upload ${mbps(bytes, median(uploads)).toFixed(1)} MB/s, fetch ${mbps(bytes, median(fetches)).toFixed(1)} MB/s`,
  );
  return { upload: median(uploads), fetch: median(fetches) };
}

console.log(
  `load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} on ${cpus().length} cores`,
);
const ceiling = await loopbackCeiling();
const results: Record<string, Record<'upload' | 'forward' | 'fetch', number>> = {};
for (const engine of ['pglite', 'postgres'] as const) {
  if (engine === 'postgres' && !POSTGRES_URL) {
    console.log('\nPostgreSQL pair skipped: give --postgres URL or set HUB_TEST_DATABASE_URL');
    continue;
  }
  const pair = await startHubPair(engine, POSTGRES_URL);
  try {
    results[engine] = await benchPair(engine === 'pglite' ? 'PGlite pair' : 'PostgreSQL pair', pair);
  } finally {
    await pair.close();
  }
}
console.log('\ntime relative to the loopback ceiling (1.0 = as fast as bare HTTP):');
for (const [engine, legs] of Object.entries(results)) {
  console.log(
    `  ${engine.padEnd(9)} upload ×${(legs.upload / ceiling.upload).toFixed(1)}  fetch ×${(legs.fetch / ceiling.fetch).toFixed(1)}`,
  );
}
if (results.pglite && results.postgres) {
  const ratio = (leg: 'upload' | 'forward' | 'fetch') => (results.pglite![leg] / results.postgres![leg]).toFixed(2);
  console.log(`  PGlite / PostgreSQL time: upload ${ratio('upload')}, forward ${ratio('forward')}, fetch ${ratio('fetch')}`);
}
