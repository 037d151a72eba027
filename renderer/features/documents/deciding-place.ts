/** The handling place as a case's routing header records it. */
import type { ProvinceCode } from '../../../shared/domain/region/provinces';

export interface PlaceRouting {
  province: ProvinceCode;
  division: string;
  name: string;
}
