/**
 * The catalog's rules a real hall is caught by: a promise never later than the law for any
 * start day, no "today" for a case that must travel, 法定 printed only with its basis, and
 * every matter typed (事项类型, 设定依据) and coded (基本编码/实施编码, or why not).
 */
import { describe, expect, it } from 'vitest';
import mattersJson from '../../seeds/matters.json';
import holidays from '../../seeds/holidays-cn.json';
import { describeCatalogError, matterCatalogSchema, type HandlingMode, type Matter } from '../../shared/domain/matter/matter';
import { legalPlan, modeForwards, printedLimitsFor, promisedPlan } from '../../shared/domain/matter/matter-limits';
import { confirmedImplementationCode } from '../../shared/domain/matter/matter-codes';
import { acceptanceLawFor } from '../../shared/domain/matter/matter-classification';
import {
  addCalendarDays,
  createHolidayCalendar,
  holidayCalendarSchema,
  planDueDate,
  type HolidayCalendar,
} from '../../shared/domain/calendar/working-days';
import { receiptFieldRows } from '../../shared/documents/receipt/receipt-fields';
import { sampleReceiptData } from '../fixtures/receipt-data';

const matters: Matter[] = matterCatalogSchema.parse(mattersJson);
const calendar = createHolidayCalendar(holidayCalendarSchema.parse(holidays));

/** Every start day of the years the holiday calendar knows (a whole year at least). */
const START_DAYS: string[] = [];
for (let day = `${calendar.seededYears[0]}-01-01`; day <= `${calendar.seededYears.at(-1)}-12-31`; day = addCalendarDays(day, 1))
  START_DAYS.push(day);

/** "CY-29-002 异地代收代办 2025-09-30: 承诺 2025-10-10 > 法定 2025-10-09", one per matter and mode. */
function lateStarts(matter: Matter, days: readonly string[], cal: HolidayCalendar): string[] {
  const late: string[] = [];
  for (const mode of matter.modes) {
    const legal = legalPlan(matter, mode);
    if (!legal) continue;
    const promised = promisedPlan(matter, mode);
    const day = days.find((start) => planDueDate(start, promised, cal) > planDueDate(start, legal, cal));
    if (day) late.push(`${matter.code} ${mode} ${day}: 承诺 ${planDueDate(day, promised, cal)} > 法定 ${planDueDate(day, legal, cal)}`);
  }
  return late;
}

function mutate(code: string, change: (matter: Record<string, unknown>) => void): unknown[] {
  const copy = structuredClone(mattersJson) as Record<string, unknown>[];
  const matter = copy.find((entry) => entry.code === code);
  if (!matter) throw new Error(`no ${code}`);
  change(matter);
  return copy;
}

function firstError(data: unknown): string {
  const result = matterCatalogSchema.safeParse(data);
  expect(result.success).toBe(false);
  return result.success ? '' : describeCatalogError(result.error);
}

describe('promised dates against the law', () => {
  it(`never promises a date after the legal one, in any mode, for any start day (${START_DAYS[0]} … ${START_DAYS.at(-1)})`, () => {
    expect(START_DAYS.length).toBeGreaterThanOrEqual(365);
    expect(matters.flatMap((matter) => lateStarts(matter, START_DAYS, calendar))).toEqual([]);
  });

  it('catches a promise in working days that runs past a legal limit in calendar days', () => {
    // 住房公积金提取: 法定 3日; a promise of 3 working days from Fri 2025-09-26 ends after the 3日 limit.
    const matter = matterCatalogSchema
      .parse(mutate('CY-29-002', (entry) => (entry.promisedLimit = { amount: 3, unit: 'working-days' })))
      .find((entry) => entry.code === 'CY-29-002');
    expect(matter && lateStarts(matter, START_DAYS, calendar).length).toBeGreaterThan(0);
  });

  it('refuses a 即办 or decision-only promise for a mode in which the case travels', () => {
    expect(firstError(mutate('CY-29-001', (entry) => delete entry.forwarding))).toContain('“异地代收代办”需要在两地之间转送');
    expect(firstError(mutate('CY-04-001', (entry) => delete entry.forwarding))).toContain('“两地联办”需要在两地之间转送');
    expect(
      firstError(
        mutate('CY-29-001', (entry) => {
          entry.forwarding = {
            异地代收代办: { transfer: { amount: 0, unit: 'working-days' }, return: { amount: 1, unit: 'working-days' } },
          };
        }),
      ),
    ).toContain('至少1个工作日');
  });

  it('promises a day after the start day whenever the mode forwards, 即办件 included', () => {
    const forwarding = matters.flatMap((matter) => matter.modes.filter(modeForwards).map((mode): [Matter, HandlingMode] => [matter, mode]));
    expect(forwarding.some(([matter]) => matter.kind === '即办件')).toBe(true);
    for (const [matter, mode] of forwarding) {
      for (const day of ['2025-03-18', '2026-02-13', '2026-09-30'])
        expect(planDueDate(day, promisedPlan(matter, mode), calendar) > day, `${matter.code} ${mode}`).toBe(true);
    }
  });
});

describe('法定 only with its basis', () => {
  it('refuses a legal limit that names no provision', () => {
    expect(firstError(mutate('CY-06-002', (entry) => delete (entry.legalLimit as Record<string, unknown>).basis))).toContain('legalLimit');
    expect(firstError(mutate('CY-06-002', (entry) => ((entry.legalLimit as Record<string, unknown>).basis = '规定')))).toContain(
      '法定时限应写明设定它的法律条文',
    );
  });

  it('gives every legal limit a provision, and records where it was read or says it was not confirmed', () => {
    for (const matter of matters.filter((entry) => entry.legalLimit)) {
      expect(matter.legalLimit?.basis, matter.code).toMatch(/《.+》|跨省通办/);
      const sourced = matter.sources.some((source) => source.fact.includes('法定时限'));
      expect(sourced || matter.unconfirmed.includes('legalLimit'), matter.code).toBe(true);
    }
  });

  it('prints 法定办结时限 on the receipt only for a matter whose limit a statute sets', async () => {
    const receipt = await sampleReceiptData();
    const labels = (matter: Matter) =>
      receiptFieldRows({ ...receipt, timeLimits: printedLimitsFor(matter, '线下一地办') }).flatMap((row) =>
        'wide' in row ? [row.wide.label] : [row.left.label, row.right.label],
      );
    const withoutStatute = matters.find((matter) => matter.code === 'CY-06-004');
    const withStatute = matters.find((matter) => matter.code === 'CY-06-002');
    expect(withoutStatute?.legalLimit).toBeUndefined();
    expect(withoutStatute && labels(withoutStatute)).not.toContain('法定办结时限');
    expect(withStatute && labels(withStatute)).toContain('法定办结时限');
  });
});

describe('事项类型 and national codes', () => {
  it('refuses a matter without 事项类型, 设定依据 or codes', () => {
    expect(firstError(mutate('CY-06-003', (entry) => delete entry.matterType))).toContain('事项类型');
    expect(firstError(mutate('CY-06-003', (entry) => (entry.legalBasis = '有关规定')))).toContain('设定依据');
    expect(firstError(mutate('CY-06-003', (entry) => delete entry.codes))).toContain('codes');
    expect(firstError(mutate('CY-06-003', (entry) => ((entry.codes as Record<string, unknown>)['50'] = {})))).toContain('codes.50');
    expect(firstError(mutate('CY-06-003', (entry) => ((entry.codes as Record<string, unknown>)['50'] = { unconfirmed: '' })))).toContain(
      '请写明编码未能核实的原因',
    );
  });

  it('takes a confirmed 实施编码 only with its source and a valid agency code', () => {
    const confirmed = {
      basicCode: '000000000000',
      implementationCode: `91350200776049653A${'3002014010008'}`,
      source: 'https://example.gov.cn/guide',
    };
    expect(
      matterCatalogSchema.safeParse(mutate('CY-06-003', (entry) => ((entry.codes as Record<string, unknown>)['51'] = confirmed))).success,
    ).toBe(true);
    const badAgency = { ...confirmed, implementationCode: `91350200776049653B${'3002014010008'}` };
    expect(firstError(mutate('CY-06-003', (entry) => ((entry.codes as Record<string, unknown>)['51'] = badAgency)))).toContain(
      '统一社会信用代码',
    );
    const { source: _source, ...unsourced } = confirmed;
    expect(
      matterCatalogSchema.safeParse(mutate('CY-06-003', (entry) => ((entry.codes as Record<string, unknown>)['51'] = unsourced))).success,
    ).toBe(false);
  });

  it('names every matter whose 实施编码 could not be confirmed, per province, with the reason (none pass silently)', () => {
    const unconfirmed = matters.flatMap((matter) =>
      (['51', '50'] as const).flatMap((province) => {
        const codes = matter.codes[province];
        return confirmedImplementationCode(codes) ? [] : [`${matter.code} ${province} ${'unconfirmed' in codes ? codes.unconfirmed : ''}`];
      }),
    );
    // The snapshot is the list of record: confirming a code (or adding a matter) changes it on purpose.
    expect(unconfirmed).toMatchSnapshot();
  });

  it('cites the law of its type: 行政许可法 §32 for a 行政许可 only, the matter’s own law otherwise', () => {
    const types = new Set(matters.map((matter) => matter.matterType));
    expect(types.has('行政许可') && types.has('公共服务') && types.has('行政给付') && types.has('行政确认')).toBe(true);
    for (const matter of matters) {
      const cited = acceptanceLawFor(matter, 'notifyMissing');
      if (matter.matterType === '行政许可') expect(cited, matter.code).toBe('《中华人民共和国行政许可法》第三十二条第一款第（四）项');
      else expect(cited, matter.code).not.toContain('行政许可法');
    }
  });

  it('lists the facts held without a stored source', () => {
    const tally = new Map<string, number>();
    for (const matter of matters) for (const fact of matter.unconfirmed) tally.set(fact, (tally.get(fact) ?? 0) + 1);
    expect(Object.fromEntries(tally)).toMatchSnapshot();
  });
});
