/**
 * A year of one large hall as hall_case_facts rows, deterministic (seeded): 20 windows, the
 * 60 most common matters, every mode and outcome, ratings with some 差评, a few open 督办,
 * plus other halls' rows so the hall's scope has something to skip.
 */
import seedMatters from '../../seeds/matters.json';
import type { HallCaseFacts } from '../../shared/domain/case/hall-facts';

const LEVELS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'] as const;
const MODES = ['全程网办', '异地代收代办', '多地联办'] as const;
const matters = (seedMatters as { code: string; name: string }[]).slice(0, 60);

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function isoDay(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

export const BENCH_HALL = { hallCode: '51010401', province: '51', division: '510104' } as const;

export function syntheticFacts(count: number, options: { hallCode: string; year: number; seed: number; prefix: string }): HallCaseFacts[] {
  const next = random(options.seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  return Array.from({ length: count }, (_, index) => {
    const day = Math.floor(next() * 365);
    const openedOn = isoDay(options.year, day);
    const matter = pick(matters);
    const roll = next();
    const decided = roll < 0.8;
    const refused = roll >= 0.8 && roll < 0.83;
    const notified = roll >= 0.83 && roll < 0.9;
    const promisedDate = isoDay(options.year, day + 5 + Math.floor(next() * 15));
    const decidedOn = decided ? isoDay(options.year, day + 1 + Math.floor(next() * 20)) : null;
    const rated = decided && next() < 0.6;
    const level = rated ? (next() < 0.03 ? pick(LEVELS.slice(3)) : pick(LEVELS.slice(0, 3))) : null;
    const bad = level === '不满意' || level === '非常不满意';
    const window = 1 + Math.floor(next() * 20);
    return {
      caseId: `${options.prefix}${String(index).padStart(8, '0')}`,
      caseNumber: `${options.hallCode}${openedOn.replaceAll('-', '')}${String(window).padStart(2, '0')}${String(index).padStart(6, '0')}`,
      receivingProvince: '51',
      receivingHall: options.hallCode,
      handlingProvince: next() < 0.5 ? '50' : '51',
      handlingDivision: next() < 0.5 ? '500103' : '510104',
      matterCode: matter.code,
      matterName: matter.name,
      mode: pick(MODES),
      status: decided ? 'decided' : refused ? 'refused' : notified ? 'notified' : 'received',
      applicantName: `申请人${index % 1000}`,
      receivingWindow: String(window),
      receivingPerson: `窗口${window}`,
      handlingHall: null,
      handlingWindow: null,
      handlingPerson: null,
      openedAt: `${openedOn}T02:00:00.000Z`,
      openedOn,
      acceptedOn: refused || notified ? null : openedOn,
      promisedDate,
      decidedOn,
      outcome: decided ? 'approved' : null,
      onTime: decidedOn ? decidedOn <= promisedDate : null,
      workingDaysToDecision: decidedOn ? 1 + Math.floor(next() * 14) : null,
      notified,
      refused,
      withdrawn: false,
      deliveredOn: null,
      ratingLevel: level,
      ratingBad: bad,
      ratingOn: rated ? decidedOn : null,
      followUpDue: bad ? promisedDate : null,
      followUpDone: bad && next() < 0.5,
      receivingDue: decided || refused || notified ? null : isoDay(options.year, day + 3),
      handlingDue: decided || refused || notified ? null : promisedDate,
      openSupervisions: [],
    } satisfies HallCaseFacts;
  });
}
