/** A digest of every table of a hub database (row count and an md5 of its rows), to prove a run changed nothing. */
import type { Queryable } from '../../hub/db/database';

export type TableDigests = Record<string, string>;

export async function tableDigests(db: Queryable): Promise<TableDigests> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const digests: TableDigests = {};
  for (const { name } of tables) {
    const [row] = await db.query<{ rows: string; digest: string }>(
      `SELECT count(*)::text AS rows, md5(COALESCE(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    );
    digests[name] = `${row?.rows ?? '?'} rows ${row?.digest ?? ''}`;
  }
  return digests;
}

/** Tables whose digest differs, with before -> after. */
export function changedTables(before: TableDigests, after: TableDigests): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name] ?? '(none)'} -> ${after[name] ?? '(none)'}`);
}
