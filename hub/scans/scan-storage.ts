/**
 * Where the bytes of scans live. The hub keeps what it knows about a scan (its size, the
 * cases it belongs to, how far each upload got) in its own tables (scan-records.ts) and
 * the bytes behind this interface, in chunks named by the scan's SHA-256 and the chunk's
 * offset. The one implementation keeps them in the hub's database (`scan_chunks`, the same
 * SQL on PGlite and PostgreSQL); a deployment that outgrows that can put an object store
 * behind the same five calls (one object per chunk, the chunk hash as its metadata).
 *
 * Every call is idempotent, so a retry after a crash or a lost answer is always safe.
 *
 * Bytes cross the driver as base64 text (`decode`/`encode` in SQL), not as bytea
 * parameters: PGlite converts bytea parameters and results ~10–20× slower than text, and
 * PostgreSQL is about even either way (bench/scan-transfer.bench.ts).
 */
import type { Queryable } from '../db/database';

export interface StoredChunk {
  offset: number;
  bytes: number;
  sha256: string;
}

/** `different`: a chunk is already stored at that offset, with other content. */
export type PutChunkOutcome = 'stored' | 'present' | 'different';

export interface ScanStorage {
  /** Stores a chunk unless one is already at that offset: never stored twice. */
  putChunk(scan: string, offset: number, data: Uint8Array, chunkSha256: string): Promise<PutChunkOutcome>;
  /** The chunks held for a scan, by offset. */
  listChunks(scan: string): Promise<StoredChunk[]>;
  readChunk(scan: string, offset: number): Promise<Uint8Array | undefined>;
  /** Drops every chunk of a scan (an upload whose bytes did not hash to its name). */
  deleteScan(scan: string): Promise<void>;
  /** Bytes held for these scans, for storage figures. */
  bytesHeld(scans: readonly string[]): Promise<number>;
}

export function databaseScanStorage(db: Queryable): ScanStorage {
  return {
    async putChunk(scan, offset, data, chunkSha256) {
      const inserted = await db.query(
        `INSERT INTO scan_chunks (sha256, chunk_offset, chunk_sha256, data) VALUES ($1, $2, $3, decode($4, 'base64'))
         ON CONFLICT (sha256, chunk_offset) DO NOTHING RETURNING 1`,
        [scan, offset, chunkSha256, Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64')],
      );
      if (inserted.length > 0) return 'stored';
      const [held] = await db.query<{ chunk_sha256: string }>(
        'SELECT chunk_sha256 FROM scan_chunks WHERE sha256 = $1 AND chunk_offset = $2',
        [scan, offset],
      );
      return held?.chunk_sha256 === chunkSha256 ? 'present' : 'different';
    },

    async listChunks(scan) {
      const rows = await db.query<{ chunk_offset: number; bytes: number; chunk_sha256: string }>(
        'SELECT chunk_offset, octet_length(data) AS bytes, chunk_sha256 FROM scan_chunks WHERE sha256 = $1 ORDER BY chunk_offset',
        [scan],
      );
      return rows.map((row) => ({ offset: row.chunk_offset, bytes: row.bytes, sha256: row.chunk_sha256 }));
    },

    async readChunk(scan, offset) {
      const [row] = await db.query<{ data: string }>(
        `SELECT encode(data, 'base64') AS data FROM scan_chunks WHERE sha256 = $1 AND chunk_offset = $2`,
        [scan, offset],
      );
      return row && Buffer.from(row.data, 'base64');
    },

    async deleteScan(scan) {
      await db.query('DELETE FROM scan_chunks WHERE sha256 = $1', [scan]);
    },

    async bytesHeld(scans) {
      if (scans.length === 0) return 0;
      const [row] = await db.query<{ bytes: string | null }>(
        'SELECT sum(octet_length(data))::text AS bytes FROM scan_chunks WHERE sha256 = ANY($1::text[])',
        [`{${scans.join(',')}}`],
      );
      return Number(row?.bytes ?? 0);
    },
  };
}
