import { Alert, Button, Card, Col, Form, Row, Space, Typography } from 'antd';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  offersAgent,
  powerOfAttorneyOf,
  type Intake,
  type IntakeValues,
  type MatterWithForm,
} from '../../../shared/domain/matter/application';
import type { FieldSpec } from '../../../shared/domain/matter/form-fields';
import { mattersByCode } from '../../catalog/catalog';
import { attachmentsRepo } from '../../data/attachments.repo';
import type { CaseRecord } from '../../data/db';
import { afterFirstScreen, firstScreenIsShown } from '../../workstation/after-first-screen';
import { takeEarlyDraft } from '../../workstation/early-requests';
import { markStart } from '../../workstation/start-marks';
import { useWorkstation } from '../../workstation/workstation-context';
import { AnsweredCard, NoticeDialog, preloadDeferredIntakeParts, RefusalDialog } from './deferred-parts';
import { DuplicateWarning } from './DuplicateWarning';
import { AgentSection } from './AgentSection';
import { DetailsSection } from './details/DetailsSection';
import { leaveClosedSelectOnEnter, moveFocusOnEnter, moveOnAfterChoice } from './enter-moves-focus';
import { acceptIntake, notifyAtIntake, refuseAtIntake } from './accept-intake';
import { ApplicantSection } from './ApplicantSection';
import { IdCardIntake } from '../id-card/IdCardIntake';
import { IntakeNoteSection } from './IntakeNoteSection';
import { UnitHandlerSection } from './UnitHandlerSection';
import { INTAKE_DEFAULTS, intakeResolver, type IntakePurpose } from './intake-form';
import { MaterialsSection } from './MaterialsSection';
import { MatterSection } from './MatterSection';
import { useDetailsFollowMatter } from './use-details-follow-matter';
import { useHandlingFollowsId } from './use-handling-follows-id';
import { useConfirmWithoutJournal } from './use-confirm-without-journal';
import { useDraftAutosave } from './use-draft-autosave';
import { DraftStatus } from './DraftStatus';

const NO_FIELDS: readonly FieldSpec[] = [];
/** For a personal matter 办理地 follows the applicant's ID number, so a choice skips past it. */
const FILLED_FROM_ID: ReadonlySet<string> = new Set(['handlingDivision']);
const NOTHING_SKIPPED: ReadonlySet<string> = new Set();

export function IntakePage() {
  const workstation = useWorkstation();
  const confirmWithoutJournal = useConfirmWithoutJournal();
  const [answered, setAnswered] = useState<CaseRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Own flag rather than formState.isSubmitting: the spinner belongs to 受理 itself, and
  // isSubmitting was seen stuck true after a failed submit followed by re-validation,
  // which left the button unclickable.
  const [accepting, setAccepting] = useState(false);
  // 受理 checks the materials; 一次性告知 / 不予受理 check everything else (see IntakePurpose).
  const purpose = useRef<IntakePurpose>({ requireMaterials: true });
  const [answering, setAnswering] = useState<{ kind: 'notify' | 'refuse'; intake: Intake } | null>(null);
  // The draft the window's start read already (once per mount): the form starts from it.
  const [draftAtStart] = useState(() => takeEarlyDraft(workstation.draftId));
  const form = useForm<IntakeValues, unknown, Intake>({
    resolver: intakeResolver,
    context: purpose.current,
    defaultValues: draftAtStart?.draft ? ({ ...INTAKE_DEFAULTS, ...draftAtStart.draft.values } as IntakeValues) : INTAKE_DEFAULTS,
    shouldFocusError: true,
  });
  const { control, handleSubmit, setValue, watch, reset } = form;
  const { restored, saveState } = useDraftAutosave(form, draftAtStart);
  useEffect(() => {
    markStart('intake-rendered');
    if (!restored) return;
    markStart('draft-restored');
    firstScreenIsShown();
  }, [restored]);
  useEffect(() => afterFirstScreen(preloadDeferredIntakeParts), []);
  const matterCode = watch('matterCode');
  const matter = mattersByCode.get(matterCode);
  // The catalog may predate matter.fields / agentAllowed; read them as optional.
  const formSpec: MatterWithForm | undefined = matter;
  const fields = formSpec?.fields ?? NO_FIELDS;
  const forUnit = formSpec?.applicantType === '法人';
  useDetailsFollowMatter(form, matterCode, fields);
  useHandlingFollowsId(form, matter, workstation.identity.province);

  const accept = handleSubmit(async (intake) => {
    if (!matter) return;
    setError(null);
    setAccepting(true);
    try {
      setAnswered(await acceptIntake(intake, matter, workstation, confirmWithoutJournal));
      reset(INTAKE_DEFAULTS);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setAccepting(false);
    }
  });

  /** Validates all but the materials, then opens the 告知 / 不予受理 dialog with the intake. */
  const answerWith = (kind: 'notify' | 'refuse') => {
    setError(null);
    purpose.current.requireMaterials = false;
    void handleSubmit((intake) => setAnswering({ kind, intake }))().finally(() => {
      purpose.current.requireMaterials = true;
    });
  };

  const finishAnswer = async (store: (intake: Intake) => Promise<CaseRecord>) => {
    if (!answering) return;
    const record = await store(answering.intake);
    setAnswering(null);
    setAnswered(record);
    reset(INTAKE_DEFAULTS);
  };

  if (answered) {
    return (
      <Suspense fallback={<Card loading />}>
        <AnsweredCard record={answered} onNext={() => setAnswered(null)} />
      </Suspense>
    );
  }

  return (
    <Card title="新建办件" extra={<DraftStatus restored={restored} saveState={saveState} />}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <DuplicateWarning control={control} matterCode={matterCode} />
      <Form
        layout="vertical"
        component="form"
        onFinish={() => void accept()}
        disabled={!restored}
        onKeyDownCapture={(event) => {
          moveOnAfterChoice(event, forUnit ? NOTHING_SKIPPED : FILLED_FROM_ID);
          leaveClosedSelectOnEnter(event);
        }}
        onKeyDown={moveFocusOnEnter}
      >
        <Row gutter={24}>
          <Col span={12}>
            <Typography.Title level={5}>事项</Typography.Title>
            <MatterSection
              control={control}
              setValue={setValue}
              matterCode={matterCode}
              myProvince={workstation.identity.province}
              focusMatter={restored && !matterCode}
            />
          </Col>
          <Col span={12}>
            <Typography.Title level={5}>{forUnit ? '经办人' : '申请人'}</Typography.Title>
            <IdCardIntake form={form} fields={fields}>
              <ApplicantSection control={control} role={forUnit ? '经办人' : '申请人'} />
            </IdCardIntake>
          </Col>
        </Row>
        <DetailsSection control={control} fields={fields} />
        {formSpec && forUnit && <UnitHandlerSection control={control} attorneyName={powerOfAttorneyOf(formSpec)?.name} />}
        {formSpec && offersAgent(formSpec) && <AgentSection control={control} attorneyName={powerOfAttorneyOf(formSpec)?.name} />}
        <MaterialsSection control={control} matter={matter} />
        <IntakeNoteSection control={control} />
        <Space>
          <Button type="primary" htmlType="submit" loading={accepting} data-shortcut="accept">
            受理
          </Button>
          <Button onClick={() => answerWith('notify')} disabled={!matter} data-testid="notify-missing">
            一次性告知
          </Button>
          <Button danger onClick={() => answerWith('refuse')} disabled={!matter} data-testid="refuse-intake">
            不予受理
          </Button>
          <Button
            onClick={() => {
              reset(INTAKE_DEFAULTS);
              void attachmentsRepo.discardDraft(workstation.draftId);
            }}
          >
            清空
          </Button>
        </Space>
      </Form>
      <Suspense fallback={null}>
        {matter && answering?.kind === 'notify' && (
          <NoticeDialog
            matter={matter}
            receivedCodes={answering.intake.materialCodes}
            onCancel={() => setAnswering(null)}
            onNotify={(notice) => finishAnswer((intake) => notifyAtIntake(intake, matter, notice, workstation, confirmWithoutJournal))}
          />
        )}
        {matter && answering?.kind === 'refuse' && (
          <RefusalDialog
            matter={matter}
            onCancel={() => setAnswering(null)}
            onRefuse={(refusal) => finishAnswer((intake) => refuseAtIntake(intake, matter, refusal, workstation, confirmWithoutJournal))}
          />
        )}
      </Suspense>
    </Card>
  );
}
