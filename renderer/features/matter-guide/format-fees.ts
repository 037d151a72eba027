import type { Fees } from '../../../shared/domain/matter/matter';

/** "不收费" when there is nothing to pay; otherwise each charge, amount or 按标准收取. */
export function formatFees(fees: Fees): string {
  if (fees.items.length === 0) return '不收费';
  const items = fees.items.map((item) => `${item.name} ${item.amountYuan === null ? '按标准收取' : `${item.amountYuan}元`}`);
  return [items.join('；'), fees.exemptions ? `（${fees.exemptions}）` : ''].join('');
}
