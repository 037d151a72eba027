/** Events for journal tests: one sealed 受理, copied under distinct ids (all the journal keys on). */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseEvent } from '../../../shared/domain/case/case-events';
import { acceptedCase } from '../../unit/fixtures/events';

export async function journalEvents(count: number, from = 0): Promise<CaseEvent[]> {
  const [template] = await acceptedCase();
  return Array.from({ length: count }, (_, index) => ({ ...template!, id: `01JD${String(from + index).padStart(22, '0')}` }));
}

export const idsOf = (events: readonly CaseEvent[]) => events.map((event) => event.id);

export function temporaryDataDir(): { dir: string; journalDir: string; files(): string[]; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'journal-'));
  const journalDir = join(dir, 'journal');
  return {
    dir,
    journalDir,
    files: () => readdirSync(journalDir).sort(),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
