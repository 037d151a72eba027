/** Defaults and the matter-aware resolver of the intake form. */
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { intakeSchema, intakeSchemaFor, NO_AGENT, type Intake, type IntakeValues } from '../../../shared/domain/matter/application';
import type { HandlingMode, Matter } from '../../../shared/domain/matter/matter';
import { countyOptions, mattersByCode } from '../../catalog/catalog';
import { withCleanText } from '../../../shared/util/clean-text';

export const INTAKE_DEFAULTS: IntakeValues = {
  matterCode: '',
  mode: '异地代收代办',
  handlingDivision: '',
  applicant: { name: '', idNumber: '', mobile: '' },
  materialCodes: [],
  details: {},
  agent: NO_AGENT,
  waivedCodes: [],
  intakeNote: '',
  handlerAuthorised: false,
};

/** Region fields may hold any county of the bundled division list. */
const REGION_CODES: ReadonlySet<string> = new Set([...countyOptions('51'), ...countyOptions('50')].map((option) => option.value));

/**
 * What the clerk is about to do with the application. 受理 needs every required material;
 * 一次性告知 and 不予受理 answer an application whose materials are not complete, so they
 * check everything else. The form's resolver context holds it (mutable, read per validation).
 */
export interface IntakePurpose {
  requireMaterials: boolean;
}

function isIntakePurpose(context: unknown): context is IntakePurpose {
  return typeof context === 'object' && context !== null && typeof (context as Partial<IntakePurpose>).requireMaterials === 'boolean';
}

/** One schema per matter and purpose, built on first use: the resolver runs on every keystroke. */
const schemasByKey = new Map<string, ReturnType<typeof intakeSchemaFor>>();
const anyMatterSchema = withCleanText(intakeSchema);
function schemaFor(matter: Matter, requireMaterials: boolean) {
  const key = `${matter.code}:${requireMaterials}`;
  let schema = schemasByKey.get(key);
  if (!schema) {
    schema = withCleanText(intakeSchemaFor(matter, { regionCodes: REGION_CODES, requireMaterials }));
    schemasByKey.set(key, schema);
  }
  return schema;
}

/** Validates against the selected matter's rules (modes, own fields, agent, materials). */
export const intakeResolver: Resolver<IntakeValues, unknown, Intake> = (values, context, options) => {
  const matter = mattersByCode.get(values.matterCode);
  const requireMaterials = isIntakePurpose(context) ? context.requireMaterials : true;
  return matter
    ? zodResolver(schemaFor(matter, requireMaterials))(values, context, options)
    : zodResolver(anyMatterSchema)(values, context, options);
};

/**
 * What a counter does, in order: a window exists for 异地代收代办, then 两地联办, then taking an
 * application for its own place (线下一地办). 全程网办 is the applicant applying online; a window
 * picks it only for a matter that offers nothing else.
 */
const COUNTER_MODES: readonly HandlingMode[] = ['异地代收代办', '两地联办', '线下一地办', '全程网办'];

export function defaultModeFor(matter: Matter): HandlingMode {
  return COUNTER_MODES.find((mode) => matter.modes.includes(mode)) ?? matter.modes[0] ?? '异地代收代办';
}
