/**
 * Every window the e2e specs open, one hall per spec, and the Chongqing county each spec hands
 * its cases to. The specs a worker runs share its two hubs, and a workstation sees the cases
 * its hall received plus those handled in its county (hub/store/feed.ts): with its own hall
 * and handling county, no spec finds another's cases in its lists, counts, 日报表 or 文书编号
 * sequences. Adding a spec? Give it the next free hall number and a county nobody uses
 * (the fixture refuses a hall that a second test opens: HubPair.claimHall).
 */
import { readFileSync } from 'node:fs';
import { parseDivisionCsv } from '../../../shared/domain/region/divisions';
import type { WorkstationIdentity } from '../../../shared/domain/region/workstation';

const divisions = parseDivisionCsv(readFileSync(new URL('../../../seeds/divisions-sc-cq.csv', import.meta.url), 'utf8'));

function countyCode(name: string): string {
  const county = divisions.find((division) => division.level === 'county' && division.name === name);
  if (!county) throw new Error(`no county named ${name} in seeds/divisions-sc-cq.csv`);
  return county.code;
}

interface WindowSpec {
  county: string;
  /** Two digits: the hall's number within its county (its code is county code + number). */
  hallNumber: string;
  hallName: string;
  window: string;
  clerk: string;
}

function windowOf(spec: WindowSpec): WorkstationIdentity {
  const division = countyCode(spec.county);
  return {
    province: division.startsWith('51') ? '51' : '50',
    hall: { division, code: `${division}${spec.hallNumber}`, name: spec.hallName, phone: '028-12345' },
    window: spec.window,
    clerk: spec.clerk,
  };
}

const 锦江 = '锦江区政务服务中心';

/** Seeded identities (the walking skeleton's Sichuan window walks the setup wizard instead: 锦江区, hall 01). */
export const WINDOWS = {
  walkingSkeletonChongqing: windowOf({ county: '渝中区', hallNumber: '01', hallName: '渝中区政务服务中心', window: '5', clerk: '王芳' }),
  caseLifecycleSichuan: windowOf({ county: '锦江区', hallNumber: '02', hallName: 锦江, window: '3', clerk: '李明' }),
  caseLifecycleChongqing: windowOf({ county: '江北区', hallNumber: '01', hallName: '江北区政务服务中心', window: '5', clerk: '王芳' }),
  certificatesSichuan: windowOf({ county: '锦江区', hallNumber: '03', hallName: 锦江, window: '3', clerk: '李明' }),
  certificatesChongqing: windowOf({ county: '沙坪坝区', hallNumber: '01', hallName: '沙坪坝区政务服务中心', window: '5', clerk: '王芳' }),
  noticeAndRefusal: windowOf({ county: '锦江区', hallNumber: '04', hallName: 锦江, window: '3', clerk: '李明' }),
  printPreview: windowOf({ county: '锦江区', hallNumber: '05', hallName: 锦江, window: '6', clerk: '孙悦' }),
  holidayCalendar: windowOf({ county: '锦江区', hallNumber: '06', hallName: 锦江, window: '2', clerk: '周敏' }),
  matterSearch: windowOf({ county: '锦江区', hallNumber: '07', hallName: 锦江, window: '2', clerk: '陈静' }),
  intakeByMatter: windowOf({ county: '锦江区', hallNumber: '08', hallName: 锦江, window: '3', clerk: '李明' }),
  offlineSafety: windowOf({ county: '武侯区', hallNumber: '01', hallName: '武侯区政务服务中心', window: '7', clerk: '赵敏' }),
  attachments: windowOf({ county: '武侯区', hallNumber: '02', hallName: '武侯区政务服务中心', window: '6', clerk: '孙丽' }),
  auditTrail: windowOf({ county: '青羊区', hallNumber: '01', hallName: '青羊区政务服务中心', window: '2', clerk: '钱进' }),
  concurrentActsSichuan: windowOf({ county: '锦江区', hallNumber: '09', hallName: 锦江, window: '3', clerk: '李明' }),
  concurrentActsChongqing: windowOf({ county: '涪陵区', hallNumber: '01', hallName: '涪陵区政务服务中心', window: '5', clerk: '王芳' }),
  journalFailure: windowOf({ county: '武侯区', hallNumber: '03', hallName: '武侯区政务服务中心', window: '8', clerk: '钱芳' }),
  scansTravelSichuan: windowOf({ county: '锦江区', hallNumber: '10', hallName: 锦江, window: '3', clerk: '李明' }),
  scansTravelChongqing: windowOf({ county: '长寿区', hallNumber: '01', hallName: '长寿区政务服务中心', window: '5', clerk: '王芳' }),
  supplementSichuan: windowOf({ county: '锦江区', hallNumber: '11', hallName: 锦江, window: '3', clerk: '李明' }),
  supplementChongqing: windowOf({ county: '合川区', hallNumber: '01', hallName: '合川区政务服务中心', window: '5', clerk: '王芳' }),
  handlingViewSichuan: windowOf({ county: '锦江区', hallNumber: '12', hallName: 锦江, window: '3', clerk: '李明' }),
  handlingViewChongqing: windowOf({ county: '永川区', hallNumber: '01', hallName: '永川区政务服务中心', window: '5', clerk: '王芳' }),
  unitCaseSearchSichuan: windowOf({ county: '锦江区', hallNumber: '13', hallName: 锦江, window: '3', clerk: '李明' }),
  unitCaseSearchChongqing: windowOf({ county: '綦江区', hallNumber: '01', hallName: '綦江区政务服务中心', window: '5', clerk: '王芳' }),
  // Two windows of one hall: the 值班长 supervises both.
  peopleWindow3: windowOf({ county: '锦江区', hallNumber: '14', hallName: 锦江, window: '3', clerk: '李明' }),
  peopleWindow4: windowOf({ county: '锦江区', hallNumber: '14', hallName: 锦江, window: '4', clerk: '李明' }),
  hubRestore: windowOf({ county: '武侯区', hallNumber: '04', hallName: '武侯区政务服务中心', window: '2', clerk: '孙丽' }),
  peopleChongqing: windowOf({ county: '璧山区', hallNumber: '01', hallName: '璧山区政务服务中心', window: '5', clerk: '王芳' }),
  idCardReader: windowOf({ county: '成华区', hallNumber: '01', hallName: '成华区政务服务中心', window: '2', clerk: '刘洋' }),
  documentCamera: windowOf({ county: '龙泉驿区', hallNumber: '01', hallName: '龙泉驿区政务服务中心', window: '2', clerk: '刘洋' }),
  documentCameraDenied: windowOf({ county: '龙泉驿区', hallNumber: '02', hallName: '龙泉驿区政务服务中心', window: '3', clerk: '刘洋' }),
  counterSichuan: windowOf({ county: '锦江区', hallNumber: '30', hallName: 锦江, window: '1', clerk: '刘洋' }),
  calmCounterSichuan: windowOf({ county: '锦江区', hallNumber: '31', hallName: 锦江, window: '2', clerk: '刘洋' }),
  keyboardCounterSichuan: windowOf({ county: '锦江区', hallNumber: '32', hallName: 锦江, window: '3', clerk: '刘洋' }),
  // Window 4 of this hall joins it through the setup wizard with a 注册票据 (hall 41 is kept for the same spec).
  ticketsAdmin: windowOf({ county: '锦江区', hallNumber: '40', hallName: 锦江, window: '3', clerk: '周敏' }),
  counterActionsSichuan: windowOf({ county: '锦江区', hallNumber: '42', hallName: 锦江, window: '4', clerk: '刘洋' }),
  freshPrinter: windowOf({ county: '锦江区', hallNumber: '47', hallName: 锦江, window: '2', clerk: '吴倩' }),
  chineseDatesSichuan: windowOf({ county: '锦江区', hallNumber: '48', hallName: 锦江, window: '5', clerk: '刘洋' }),
  chineseDatesChongqing: windowOf({ county: '云阳县', hallNumber: '01', hallName: '云阳县政务服务中心', window: '2', clerk: '王芳' }),
} satisfies Record<string, WorkstationIdentity>;

/** The Chongqing county each spec's cross-province cases are handled in. */
export const HANDLING_COUNTIES = {
  walkingSkeleton: '渝中区',
  caseLifecycle: '江北区',
  certificates: '沙坪坝区',
  noticeAndRefusal: '九龙坡区',
  printPreview: '巴南区',
  intakeByMatter: '大渡口区',
  offlineSafety: '南岸区',
  attachments: '渝北区',
  auditTrail: '北碚区',
  concurrentActs: '涪陵区',
  journalFailure: '万州区',
  scansTravel: '长寿区',
  supplement: '合川区',
  handlingView: '永川区',
  unitCaseSearch: '綦江区',
  people: '璧山区',
  hubRestore: '铜梁区',
  documentCamera: '大足区',
  documentCameraDenied: '潼南区',
  counter: '荣昌区',
  calmCounter: '开州区',
  keyboardCounter: '梁平区',
  tickets: '垫江县',
  counterActions: '忠县',
  freshPrinter: '丰都县',
  chineseDates: '云阳县',
} as const;
