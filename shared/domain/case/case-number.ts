/**
 * 办件编号 minted offline, unique across workstations without asking anyone:
 * hall code (8) + window (2) + China-local date (8) + daily sequence of this window (4)
 * = 22 digits. Modelled on the national pattern 实施编码 + yyyyMMdd + sequence.
 */
export function formatCaseNumber(hallCode: string, window: string, chinaIsoDate: string, sequence: number): string {
  if (sequence < 1 || sequence > 9999) throw new RangeError('当日办件序号超出范围（1-9999）');
  return `${caseNumberPrefix(hallCode, window, chinaIsoDate)}${String(sequence).padStart(4, '0')}`;
}

/** Everything but the sequence: one window's numbers of one day share it. */
export function caseNumberPrefix(hallCode: string, window: string, chinaIsoDate: string): string {
  return `${hallCode}${window.padStart(2, '0')}${chinaIsoDate.replaceAll('-', '')}`;
}

/** The China date (YYYY-MM-DD) a 22-digit 办件编号 was minted on, or null if it names none. */
export function caseNumberDate(caseNumber: string): string | null {
  const match = /^\d{10}(\d{4})(\d{2})(\d{2})\d{4}$/.exec(caseNumber);
  if (!match) return null;
  const [, year, month, day] = match;
  const iso = `${year}-${month}-${day}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

/** 6-digit 查询密码 the applicant uses to look the case up. */
export function makeQueryPassword(): string {
  const [value = 0] = globalThis.crypto.getRandomValues(new Uint32Array(1));
  return String(value % 1_000_000).padStart(6, '0');
}
