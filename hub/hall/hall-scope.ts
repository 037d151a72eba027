/**
 * Which rows of hall_case_facts a hall may see: the cases it received, and the cases handled
 * in its county (the change feed's audience). Every hall query starts from this, so a
 * supervisor never sees another hall's cases.
 */
import type { SqlParam } from '../db/database';

export interface HallScope {
  hallCode: string;
  province: string;
  division: string;
}

/**
 * SQL conditions for the sides. Each pushes its parameters onto `params` the first time it
 * is read, so a query that uses one side binds only that side's values (both engines refuse
 * a parameter no statement uses).
 */
export function scopeSql(scope: HallScope, params: SqlParam[]) {
  let hall: string | undefined;
  let place: [string, string] | undefined;
  const receiving = () => `receiving_hall = ${(hall ??= `$${params.push(scope.hallCode)}`)}`;
  const handling = () => {
    place ??= [`$${params.push(scope.province)}`, `$${params.push(scope.division)}`];
    return `(handling_province = ${place[0]} AND handling_division = ${place[1]})`;
  };
  return {
    get receiving() {
      return receiving();
    },
    get handling() {
      return handling();
    },
    get either() {
      return `(${receiving()} OR ${handling()})`;
    },
    get direction() {
      return `CASE WHEN ${receiving()} AND ${handling()} THEN 'both' WHEN ${receiving()} THEN 'receiving' ELSE 'handling' END`;
    },
  };
}
