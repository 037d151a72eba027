/**
 * Who decided a case and where a denial can be challenged, for the 办结通知书 and the 办结
 * form: the department the handling window recorded at 办结, else the catalog's department
 * for the handling province; the 复议机关 the window recorded, else the one the law assigns
 * by the deciding body's level (shared/domain/matter/reconsideration.ts). Never the district itself,
 * and never the printing hall's own remedy bodies.
 */
import type { LegalRemedies } from '../../../shared/documents/official/official-data';
import type { Matter } from '../../../shared/domain/matter/matter';
import type { PlaceRouting } from './deciding-place';
import { COURT_WITH_JURISDICTION, reconsiderationBodyFor } from '../../../shared/domain/matter/reconsideration';
import { divisionPlaceNames, mattersByCode } from '../../catalog/catalog';

export interface DecidingAuthority {
  name: string;
  remedies: LegalRemedies;
}

type Decision = { decidingAuthority?: string; reconsiderationBody?: string } | undefined;

/** The catalog's view, before the handling window says more. */
export function catalogDecidingAuthority(
  matter: Pick<Matter, 'departments' | 'deciding'> | undefined,
  handling: PlaceRouting,
): DecidingAuthority {
  const province = handling.province;
  const place = divisionPlaceNames(handling.division);
  return {
    name: matter?.departments[province] ?? handling.name,
    remedies: {
      reconsiderationBody: reconsiderationBodyFor(matter?.deciding[province] ?? 'county', place),
      court: COURT_WITH_JURISDICTION,
    },
  };
}

export function decidingAuthorityOf(record: {
  matter: { code: string };
  routing: { handling: PlaceRouting };
  decision?: Decision;
}): DecidingAuthority {
  const fromCatalog = catalogDecidingAuthority(mattersByCode.get(record.matter.code), record.routing.handling);
  const decision = record.decision;
  return {
    name: decision?.decidingAuthority ?? fromCatalog.name,
    remedies: { ...fromCatalog.remedies, ...(decision?.reconsiderationBody ? { reconsiderationBody: decision.reconsiderationBody } : {}) },
  };
}
