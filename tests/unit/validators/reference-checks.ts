/**
 * Independent reference formulas for the property tests: the weights written as powers
 * (2^(17-i) mod 11 for GB 11643, 3^i mod 31 for GB 32100, 2^(8-i) mod 11 for GB 11714)
 * rather than the tables the validators use, so a typo in either side shows up.
 */
const power = (base: number, exponent: number, modulus: number) => {
  let result = 1;
  for (let i = 0; i < exponent; i += 1) result = (result * base) % modulus;
  return result;
};

export function referenceIdCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * power(2, 17 - i, 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

export function referenceIdValid(id: string, todayIso: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const iso = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return false;
  if (Number(id.slice(6, 10)) < 1800 || iso > todayIso) return false;
  return referenceIdCheck(id.slice(0, 17)) === id[17];
}

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function referenceOrgCheck(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += BASE36.indexOf(first8[i] ?? '') * power(2, 8 - i, 11);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function referenceUsccCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += USCC_ALPHABET.indexOf(first17[i] ?? '') * power(3, i, 31);
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] ?? '';
}

export function referenceUsccValid(code: string): boolean {
  if (code.length !== 18 || [...code].some((char) => !USCC_ALPHABET.includes(char))) return false;
  if (!/^\d{6}$/.test(code.slice(2, 8))) return false;
  return referenceOrgCheck(code.slice(8, 16)) === code[16] && referenceUsccCheck(code.slice(0, 17)) === code[17];
}
