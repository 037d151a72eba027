/**
 * The intake form without the app around it: the same sections IntakePage lays out (matter,
 * applicant or 经办人, the matter's own fields, the unit's authorisation, agent, materials
 * checklist, note), the same resolver and
 * focus-on-error, in the same order. 受理 here mints the accepted events with the shared
 * command and checks them against the event schema the hubs apply, then shows the accepted
 * payload, so a spec can sweep every matter of the catalog in seconds each.
 *
 * The sections read the signed-in window from WorkstationContext (a scan names its clerk):
 * the harness provides a Sichuan window with its hall's document defaults and the bundled
 * calendar. Its sync engine does nothing: the form never syncs, and nothing here is stored.
 */
import { Button, Form, Space } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { offersAgent, powerOfAttorneyOf, type Intake, type IntakeValues } from '../../../shared/domain/matter/application';
import { acceptCase } from '../../../shared/domain/case/case-commands';
import { caseEventSchema } from '../../../shared/domain/case/case-events';
import type { FieldSpec } from '../../../shared/domain/matter/form-fields';
import type { Matter } from '../../../shared/domain/matter/matter';
import { actorOf, WorkstationContext, type SignedInIdentity, type Workstation } from '../../../renderer/workstation/workstation-context';
import { draftIdFor } from '../../../renderer/data/drafts.repo';
import { divisionName, mattersByCode } from '../../../renderer/catalog/catalog';
import { effectiveHolidays } from '../../../renderer/catalog/effective-holiday-calendar';
import { AgentSection } from '../../../renderer/features/intake/AgentSection';
import { ApplicantSection } from '../../../renderer/features/intake/ApplicantSection';
import { DetailsSection } from '../../../renderer/features/intake/details/DetailsSection';
import { moveFocusOnEnter } from '../../../renderer/features/intake/enter-moves-focus';
import { IntakeNoteSection } from '../../../renderer/features/intake/IntakeNoteSection';
import { INTAKE_DEFAULTS, intakeResolver, type IntakePurpose } from '../../../renderer/features/intake/intake-form';
import { MaterialsSection } from '../../../renderer/features/intake/MaterialsSection';
import { MatterSection } from '../../../renderer/features/intake/MatterSection';
import { UnitHandlerSection } from '../../../renderer/features/intake/UnitHandlerSection';
import { useDetailsFollowMatter } from '../../../renderer/features/intake/use-details-follow-matter';
import { hallDocumentDefaults } from '../../../renderer/features/settings/hall-document-defaults';
import { INITIAL_SYNC_STATUS } from '../../../renderer/sync/sync-engine';

const NO_FIELDS: readonly FieldSpec[] = [];
const PURPOSE: IntakePurpose = { requireMaterials: true };
const IDENTITY: SignedInIdentity = {
  province: '51',
  hall: { division: '510104', code: '51010401', name: '锦江区政务服务中心', phone: '028-12345' },
  window: '3',
  clerk: '李明',
};
// The clerk signed in at this window (every role, like a hall's first account).
const PERSON = {
  id: '01JD00000000000000000000P1',
  hallCode: IDENTITY.hall.code,
  username: 'clerk03',
  name: '李明',
  roles: ['clerk', 'handler', 'supervisor', 'admin'],
  active: true,
} satisfies Workstation['person'];
const WORKSTATION: Workstation = {
  identity: IDENTITY,
  person: PERSON,
  draftId: draftIdFor(PERSON.id),
  documents: hallDocumentDefaults(IDENTITY),
  holidays: effectiveHolidays([]),
  workstationId: '01JD00000000000000000000WS',
  eventHashAlgorithm: 'sha256',
  sync: {
    kick: () => undefined,
    stop: () => undefined,
    status: () => INITIAL_SYNC_STATUS,
    subscribe: () => () => undefined,
  },
};

type Outcome = { kind: 'accepted'; types: string[]; payload: unknown } | { kind: 'refused'; issues: string[] };

/** What the window's 受理 would store, checked the way a hub checks a pushed event. */
async function acceptOffline(intake: Intake, matter: Matter): Promise<Outcome> {
  const events = await acceptCase({
    caseId: '01JD0000000000000000000000',
    eventIds: ['01JD0000000000000000000001', '01JD0000000000000000000002'],
    intake,
    matter,
    actor: actorOf(WORKSTATION),
    receivingName: `四川省 ${IDENTITY.hall.name}`,
    handlingName: divisionName(intake.handlingDivision),
    caseNumber: '5101040103202612070001',
    queryPassword: '123456',
    promisedDate: '2026-12-31',
    now: new Date(),
  });
  const issues = events.flatMap(
    (event) => caseEventSchema.safeParse(event).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [],
  );
  if (issues.length > 0) return { kind: 'refused', issues };
  return { kind: 'accepted', types: events.map((event) => event.type), payload: events[0]?.payload };
}

export function IntakeFormHarness() {
  const form = useForm<IntakeValues, unknown, Intake>({
    resolver: intakeResolver,
    context: PURPOSE,
    defaultValues: INTAKE_DEFAULTS,
    shouldFocusError: true,
  });
  const { control, handleSubmit, setValue, watch } = form;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const matterCode = watch('matterCode');
  const matter = mattersByCode.get(matterCode);
  const fields = matter?.fields ?? NO_FIELDS;
  const forUnit = matter?.applicantType === '法人';
  useDetailsFollowMatter(form, matterCode, fields);

  const accept = handleSubmit(async (intake) => {
    if (matter) setOutcome(await acceptOffline(intake, matter));
  });

  return (
    <WorkstationContext.Provider value={WORKSTATION}>
      <Form layout="vertical" component="form" onFinish={() => void accept()} onKeyDown={moveFocusOnEnter}>
        <MatterSection control={control} setValue={setValue} matterCode={matterCode} myProvince="51" />
        <ApplicantSection control={control} role={forUnit ? '经办人' : '申请人'} />
        <DetailsSection control={control} fields={fields} />
        {matter && forUnit && <UnitHandlerSection control={control} attorneyName={powerOfAttorneyOf(matter)?.name} />}
        {matter && offersAgent(matter) && <AgentSection control={control} attorneyName={powerOfAttorneyOf(matter)?.name} />}
        <MaterialsSection control={control} matter={matter} />
        <IntakeNoteSection control={control} />
        <Space>
          <Button type="primary" htmlType="submit">
            受理
          </Button>
        </Space>
      </Form>
      {outcome?.kind === 'accepted' && (
        <pre data-testid="accepted" data-types={outcome.types.join(',')}>
          {JSON.stringify(outcome.payload)}
        </pre>
      )}
      {outcome?.kind === 'refused' && <pre data-testid="refused">{outcome.issues.join('\n')}</pre>}
    </WorkstationContext.Provider>
  );
}
