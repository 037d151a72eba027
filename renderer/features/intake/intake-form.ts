/** Defaults and the matter-aware resolver of the intake form. */
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { intakeSchema, intakeSchemaFor, NO_AGENT, type Intake, type IntakeValues } from '../../../shared/domain/application';
import type { HandlingMode, Matter } from '../../../shared/domain/matter';
import { countyOptions, mattersByCode } from '../../catalog/catalog';

export const INTAKE_DEFAULTS: IntakeValues = {
  matterCode: '',
  mode: '异地代收代办',
  handlingDivision: '',
  applicant: { name: '', idNumber: '', mobile: '' },
  materialCodes: [],
  details: {},
  agent: NO_AGENT,
};

/** Region fields may hold any county of the bundled division list. */
const REGION_CODES: ReadonlySet<string> = new Set([...countyOptions('51'), ...countyOptions('50')].map((option) => option.value));

/** One schema per matter, built on first use: the resolver runs on every keystroke. */
const schemasByMatter = new Map<string, ReturnType<typeof intakeSchemaFor>>();
function schemaFor(matter: Matter) {
  let schema = schemasByMatter.get(matter.code);
  if (!schema) {
    schema = intakeSchemaFor(matter, { regionCodes: REGION_CODES });
    schemasByMatter.set(matter.code, schema);
  }
  return schema;
}

/** Validates against the selected matter's rules (modes, own fields, agent, materials). */
export const intakeResolver: Resolver<IntakeValues, unknown, Intake> = (values, context, options) => {
  const matter = mattersByCode.get(values.matterCode);
  return matter ? zodResolver(schemaFor(matter))(values, context, options) : zodResolver(intakeSchema)(values, context, options);
};

/** Cross-province intake prefers 异地代收代办, the mode a window exists for. */
export function defaultModeFor(matter: Matter): HandlingMode {
  return matter.modes.includes('异地代收代办') ? '异地代收代办' : (matter.modes[0] ?? '异地代收代办');
}
