/**
 * Sealing keys a workstation no longer uses (retired_workstation_keys): taken off it by an
 * administrator's key reset, or replaced by the workstation's own rotation. They stay
 * published with the moment they were retired, so receipts sealed before still verify and
 * none dated after do (shared/domain/seal/receipt-seal.ts).
 */
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import type { PublishedKey } from '../../shared/domain/seal/receipt-seal';
import { curveOfPublicKey } from '../../shared/cryptography/sm2';
import { isoUtc, type Queryable } from '../db/database';

export type RetiredBecause = 'reset' | 'rotated';

/** Retires the key now; a key retired again (re-pinned in between) keeps its latest moment. */
export async function retireKey(db: Queryable, workstationId: string, publicKey: string, why: RetiredBecause): Promise<void> {
  await db.query(
    `INSERT INTO retired_workstation_keys (workstation_id, public_key, province, hall_code, retired_at, why)
     SELECT id, $2, province, hall_code, now(), $3 FROM workstations WHERE id = $1
     ON CONFLICT (workstation_id, public_key) DO UPDATE SET retired_at = EXCLUDED.retired_at, why = EXCLUDED.why`,
    [workstationId, publicKey, why],
  );
}

export async function listRetiredKeys(db: Queryable): Promise<PublishedKey[]> {
  const rows = await db.query<{
    workstation_id: string;
    province: ProvinceCode;
    hall_code: string;
    public_key: string;
    retired_at: string;
  }>(
    `SELECT workstation_id, province, hall_code, public_key, ${isoUtc('retired_at')} AS retired_at
     FROM retired_workstation_keys ORDER BY workstation_id, retired_at`,
  );
  return rows.map((row) => {
    const curve = curveOfPublicKey(row.public_key);
    const key: PublishedKey = {
      workstationId: row.workstation_id,
      province: row.province,
      hallCode: row.hall_code,
      publicKey: row.public_key,
      retiredAt: row.retired_at,
    };
    return curve ? { ...key, algorithm: curve } : key;
  });
}
