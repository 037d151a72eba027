/**
 * The notices as a real hall is checked on them, read back with pdftotext from the PDFs the
 * window's own data mapping produces: the 办结通知书 names the department that decided and
 * the 复议机关 the law assigns by that department's level (not the district, not the printing
 * hall's), and each notice cites the law of its matter's 事项类型.
 */
import { afterAll, describe, expect, it } from 'vitest';
import mattersJson from '../../seeds/matters.json';
import { matterCatalogSchema, type Matter } from '../../shared/domain/matter/matter';
import { acceptanceLawFor, MATTER_TYPES } from '../../shared/domain/matter/matter-classification';
import type { Workstation } from '../../renderer/workstation/workstation-context';
import type { CaseRecord } from '../../renderer/data/db';
import { missingMaterialsNoticeData, resultNoticeData } from '../../renderer/features/documents/case-document-data';
import { buildSampleCase, SAMPLE_ACTOR } from '../fixtures/sample-case';
import { pdfScratchDir, pdfText } from './pdf-tools';
import { renderDocumentNode } from './render-node';

const matters: Matter[] = matterCatalogSchema.parse(mattersJson);
const scratch = pdfScratchDir();
afterAll(() => scratch.remove());
const compact = (text: string) => text.replace(/\s+/g, '');

const PLACES = {
  jinjiang: { province: '51' as const, division: '510104', name: '四川省成都市锦江区' },
  yuzhong: { province: '50' as const, division: '500103', name: '重庆市渝中区' },
};

/** The Sichuan 锦江 hall printing; its own remedy bodies must not leak into a 办结 decision. */
const workstation = {
  identity: {
    province: '51',
    hall: { division: '510104', code: '51010401', name: '成都市锦江区政务服务中心', phone: '028-12345678' },
    window: '5',
    clerk: '李娟',
  },
  documents: {
    issuerShortName: '锦江政务',
    authorityName: '成都市锦江区行政审批局',
    supervisionPhone: '12345',
    reconsiderationBody: '成都市锦江区人民政府（本大厅设置）',
    litigationCourt: '成都市锦江区人民法院（本大厅设置）',
    sealImage: null,
  },
  workstationId: 'ws-51010401-05',
} as unknown as Workstation;

const facts = {
  documentNumber: '锦江政务结〔2026〕第00031号',
  print: { printedAt: '2026-03-20T02:00:00.000Z', printedBy: '李娟', copyNumber: 1 },
};

function matter(code: string): Matter {
  const found = matters.find((entry) => entry.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
}

async function deniedCase(
  code: string,
  handling: (typeof PLACES)[keyof typeof PLACES],
  recorded: { decidingAuthority?: string; reconsiderationBody?: string } = {},
): Promise<CaseRecord> {
  const state = await buildSampleCase();
  const { name } = matter(code);
  const decision = {
    outcome: 'denied' as const,
    opinion: '不予办理',
    reasons: '不符合条件',
    legalBasis: '《有关条例》第五条',
    ...recorded,
    at: '2026-03-20T01:00:00.000Z',
    by: SAMPLE_ACTOR,
  };
  return { ...state, matter: { code, name }, routing: { ...state.routing, handling }, side: 'receiving', status: 'decided', decision };
}

async function printed(
  kind: 'result-notice' | 'missing-materials-notice',
  data: Parameters<typeof renderDocumentNode>[1],
): Promise<string> {
  const path = scratch.write(`${kind}-${Math.random().toString(36).slice(2)}.pdf`, await renderDocumentNode(kind, data as never));
  return compact(pdfText(path));
}

describe('办结通知书: the deciding department and its 复议机关', () => {
  it.each([
    // 派出所 (a county-level body): the district's government.
    ['CY-06-003', '渝中区', PLACES.yuzhong, '重庆市公安局（户籍地公安派出所）', '重庆市渝中区人民政府'],
    // 住房公积金管理中心 (a city body): the city's government; in 重庆 the municipality's.
    ['CY-29-002', '渝中区', PLACES.yuzhong, '重庆市住房公积金管理中心', '重庆市人民政府'],
    ['CY-29-002', '锦江区', PLACES.jinjiang, '四川省各市（州）住房公积金管理中心', '成都市人民政府'],
    // 税务 is led vertically: the next tax authority up.
    ['CY-37-002', '锦江区', PLACES.jinjiang, '国家税务总局四川省税务局（主管税务机关）', '国家税务总局成都市税务局'],
    ['CY-37-002', '渝中区', PLACES.yuzhong, '国家税务总局重庆市税务局（主管税务机关）', '国家税务总局重庆市税务局'],
    // A provincial department: the province's government.
    ['CY-14-001', '锦江区', PLACES.jinjiang, '四川省商务厅', '四川省人民政府'],
  ] as const)('%s decided in %s: names the department and its 复议机关', async (code, _where, place, department, body) => {
    const data = resultNoticeData(await deniedCase(code, place), workstation, facts);
    const text = await printed('result-notice', data);
    expect(text).toContain(compact(`经${department}审查`));
    expect(text).toContain(compact(`向${body}申请行政复议`));
    expect(text).toContain('有管辖权的人民法院');
    expect(text).not.toContain('本大厅设置');
    expect(text).not.toContain(`经${place.name}审查`);
  });

  it('names the department and 复议机关 the handling window recorded at 办结', async () => {
    const recorded = { decidingAuthority: '重庆市公安局渝中区分局解放碑派出所', reconsiderationBody: '重庆市渝中区人民政府' };
    const text = await printed(
      'result-notice',
      resultNoticeData(await deniedCase('CY-06-003', PLACES.yuzhong, recorded), workstation, facts),
    );
    expect(text).toContain('经重庆市公安局渝中区分局解放碑派出所审查');
    expect(text).toContain('办理机关重庆市公安局渝中区分局解放碑派出所');
    expect(text).toContain('向重庆市渝中区人民政府申请行政复议');
  });
});

describe('一次性告知书: the law of the matter’s 事项类型', () => {
  const byType = MATTER_TYPES.map((type) => matters.find((entry) => entry.matterType === type)).filter(
    (entry): entry is Matter => entry !== undefined,
  );

  it('covers the types the catalog uses', () => {
    expect(byType.map((entry) => entry.matterType)).toEqual(expect.arrayContaining(['行政许可', '行政确认', '行政给付', '公共服务']));
  });

  it.each(byType.map((entry) => [entry.matterType, entry.code] as const))('%s (%s) cites its law', async (type, code) => {
    const state = await buildSampleCase();
    const notice = {
      missing: [{ name: '申请人居民身份证', requirement: '原件' }],
      reason: '材料不齐',
      at: '2026-03-18T01:05:12.000Z',
      by: SAMPLE_ACTOR,
    };
    const record = { ...state, matter: { code, name: matter(code).name }, side: 'receiving', notice } as unknown as CaseRecord;
    const text = await printed(
      'missing-materials-notice',
      missingMaterialsNoticeData(record, workstation, { ...facts, documentNumber: '锦江政务告〔2026〕第00001号' }),
    );
    expect(text).toContain(compact(`根据${acceptanceLawFor(matter(code), 'notifyMissing')}的规定`));
    if (type === '行政许可') expect(text).toContain('《中华人民共和国行政许可法》第三十二条第一款第（四）项');
    else expect(text).not.toContain('行政许可法');
    expect(text).toContain(`办件编号${state.caseNumber}`);
  });
});
