/** The document settings a hall starts with, until 设置 stores its own. */
import { defaultDocumentSettings, type DocumentSettings } from '../../../shared/domain/document-settings';
import type { WorkstationIdentity } from '../../../shared/domain/region/workstation';
import { divisionName } from '../../catalog/catalog';

export function hallDocumentDefaults(identity: WorkstationIdentity): DocumentSettings {
  return defaultDocumentSettings(identity.hall.name, divisionName(identity.hall.division));
}
