/** Formatting used by certificates: months, money, rates. */

/** "2026-03" -> "2026年3月" (GB/T 9704 style, unpadded); undefined (still running) -> "至今". */
export function formatMonth(isoMonth: string | undefined): string {
  if (isoMonth === undefined) return '至今';
  const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  if (!match) throw new RangeError(`年月格式无效：${isoMonth}`);
  return `${match[1]}年${Number(match[2])}月`;
}

/** 8500 -> "8,500.00元". Grouping by hand: Intl in a worker may lack zh data. */
export function formatYuan(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`金额无效：${amount}`);
  const [whole = '0', cents = '00'] = Math.abs(amount).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 ? '-' : ''}${grouped}.${cents}元`;
}

/** 12 -> "12%"; 7.5 -> "7.5%". */
export function formatPercent(value: number): string {
  return `${Number(value.toFixed(2))}%`;
}
