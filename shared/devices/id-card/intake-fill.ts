/**
 * What a read card puts into the intake form: the applicant block's 姓名 and 公民身份号码
 * (every matter has them), and those of the matter's own fields that mean the card holder's
 * facts — only fields the matter's form has, only a value the field's kind can hold.
 *
 * A detail is filled only under a key that names the card holder (`holderSex`,
 * `idCardAddress`…), never by a generic key: in the catalog `birthDate`, `ethnicity` and
 * `babySex` are a newborn's (出生登记), and the card must not overwrite them with the parent's.
 * Adding such a field to a matter? Use one of these keys and the card fills it.
 */
import type { FieldSpec } from '../../domain/matter/form-fields';
import type { IdCard } from './id-card';
import { validityText } from './validity';

export const CARD_HOLDER_DETAIL_KEYS = {
  holderSex: (card: IdCard) => card.sex,
  holderEthnicity: (card: IdCard) => card.ethnicity,
  holderBirthDate: (card: IdCard) => card.birthDate,
  idCardAddress: (card: IdCard) => card.address,
  idCardIssuer: (card: IdCard) => card.issuer,
  idCardValidity: (card: IdCard) => validityText(card),
} as const satisfies Record<string, (card: IdCard) => string>;

export interface CardIntakeFill {
  applicant: { name: string; idNumber: string };
  /** details key -> value, for the matter's fields that take the card holder's facts. */
  details: Record<string, string>;
  /** Labels of what was filled, for the clerk: 姓名, 公民身份号码, then the matter's labels. */
  filledLabels: string[];
}

function fits(field: FieldSpec, value: string): boolean {
  switch (field.kind) {
    case 'select':
      return field.options.includes(value);
    case 'date':
      // A 年月 field is never a day of the card (birth date, validity).
      return !field.month && /^\d{4}-\d{2}-\d{2}$/.test(value);
    case 'text':
      return value.length <= field.maxLength;
    case 'address':
      return true;
    default:
      return false;
  }
}

export function cardIntakeFill(card: IdCard, fields: readonly FieldSpec[]): CardIntakeFill {
  const details: Record<string, string> = {};
  const filledLabels = ['姓名', '公民身份号码'];
  for (const field of fields) {
    const valueOf = (CARD_HOLDER_DETAIL_KEYS as Record<string, ((card: IdCard) => string) | undefined>)[field.key];
    if (!valueOf) continue;
    const value = valueOf(card);
    if (!fits(field, value)) continue;
    details[field.key] = value;
    filledLabels.push(field.label);
  }
  return { applicant: { name: card.name, idNumber: card.idNumber }, details, filledLabels };
}
