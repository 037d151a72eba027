/**
 * Reference data bundled with the renderer: the matter catalog, division codes and the
 * holiday calendar from seeds/. The catalog and the calendar are checked with their schemas
 * when the renderer is built (renderer/vite.config.ts: a bad seed fails the build), so a
 * window does not pay a zod pass over them on every start; the types here take that on trust.
 */
import mattersJson from '../../seeds/matters.json';
import holidaysJson from '../../seeds/holidays-cn.json';
import divisionsCsv from '../../seeds/divisions-sc-cq.csv?raw';
import type { Matter } from '../../shared/domain/matter/matter';
import { divisionFullName, parseDivisionCsv, type Division } from '../../shared/domain/region/divisions';
import type { HolidayCalendarData } from '../../shared/domain/calendar/working-days';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import type { HandlingPlaceNames } from '../../shared/domain/matter/reconsideration';

export const matters: readonly Matter[] = mattersJson as readonly Matter[];
export const mattersByCode = new Map(matters.map((matter) => [matter.code, matter]));

/**
 * The official schedules shipped with this release. Not a calendar on purpose: due dates must
 * also see the years entered in 设置, so they take the Workstation context's calendar
 * (effective-holiday-calendar.ts).
 */
export const seededHolidays: HolidayCalendarData = holidaysJson;

const divisions: readonly Division[] = parseDivisionCsv(divisionsCsv);
const divisionsByCode = new Map(divisions.map((division) => [division.code, division]));

export function divisionName(code: string): string {
  return divisionFullName(code, divisionsByCode) || code;
}

/** The names a 复议机关 is derived from (reconsideration.ts): "成都市锦江区" and "成都市". */
export function divisionPlaceNames(code: string): HandlingPlaceNames {
  const province: ProvinceCode = code.startsWith('50') ? '50' : '51';
  const county = divisionName(code).replace(/^四川省/, '');
  const prefecture = province === '50' ? '重庆市' : (divisionsByCode.get(divisionsByCode.get(code)?.parent ?? '')?.name ?? county);
  return { province, county, prefecture };
}

export interface DivisionOption {
  value: string;
  label: string;
}

/** County-level places of a province, labelled with their full names for search. */
export function countyOptions(province: ProvinceCode): DivisionOption[] {
  return divisions
    .filter((division) => division.level === 'county' && division.code.startsWith(province))
    .map((division) => ({ value: division.code, label: divisionName(division.code) }));
}
