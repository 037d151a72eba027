/**
 * The 2-digit province prefixes of GB/T 2260 (31 mainland provinces, 台湾 71, 香港 81, 澳门 82).
 * An ID number's address code outside these is only flagged: the number never changes even
 * when divisions are recoded (domain-facts §4.1).
 */
export const GB2260_PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export const UNKNOWN_REGION_WARNING = '地址码未在现行区划中，请与证件核对';
