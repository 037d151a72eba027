/**
 * Which certificate (证明) this workstation prints for a case, if any: the handling side
 * prints it once the result is issued, in the template the catalog names for the matter.
 * The receiving side hands over what the handling side issued and prints none.
 */
import type { CertificateTemplate } from '../../../shared/domain/matter/certificate-templates';
import type { Matter } from '../../../shared/domain/matter/matter';
import type { CaseRecord } from '../../data/db';

export function certificateTemplateFor(
  record: Pick<CaseRecord, 'side' | 'result'>,
  matter: Pick<Matter, 'certificateTemplate'> | undefined,
): CertificateTemplate | undefined {
  if (record.side !== 'handling' || record.result === undefined) return undefined;
  return matter?.certificateTemplate;
}
