/** Defaults and the matter-aware resolver of the intake form. */
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { intakeSchema, intakeSchemaFor, type Intake, type IntakeValues } from '../../../shared/domain/application';
import type { HandlingMode, Matter } from '../../../shared/domain/matter';
import { mattersByCode } from '../../catalog/catalog';

export const INTAKE_DEFAULTS: IntakeValues = {
  matterCode: '',
  mode: '异地代收代办',
  handlingDivision: '',
  applicant: { name: '', idNumber: '', mobile: '' },
  materialCodes: [],
};

/** Validates against the selected matter's rules (modes offered, required materials). */
export const intakeResolver: Resolver<IntakeValues, unknown, Intake> = (values, context, options) => {
  const matter = mattersByCode.get(values.matterCode);
  const schema = matter ? intakeSchemaFor(matter) : intakeSchema;
  return zodResolver(schema)(values, context, options);
};

/** Cross-province intake prefers 异地代收代办, the mode a window exists for. */
export function defaultModeFor(matter: Matter): HandlingMode {
  return matter.modes.includes('异地代收代办') ? '异地代收代办' : (matter.modes[0] ?? '异地代收代办');
}
