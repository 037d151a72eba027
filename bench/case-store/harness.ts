/**
 * Runs in real Chromium against the app's own Dexie schema and search repo: seeds N cases,
 * then times each search kind and the first screen (open + counters + first page).
 */
import { caseSearchRepo } from '../../renderer/data/case-search.repo';
import { db, statusCountKey, type CaseRecord, type StatusCountRecord } from '../../renderer/data/db';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽';
const STATUSES = ['accepted', 'forwarded', 'decided'] as const;
const MATTERS = ['CY-06-002', 'CY-06-003', 'CY-06-004', 'CY-09-001', 'CY-28-001'];

function pick(text: string, n: number): string {
  return text.charAt(n % text.length);
}

function makeCase(index: number): CaseRecord {
  const day = 1 + (index % 28);
  const updatedAt = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  const name = `${pick(SURNAMES, index * 7)}${pick(GIVEN, index * 13)}${index % 2 ? pick(GIVEN, index * 17) : ''}`;
  return {
    caseId: `C${String(index).padStart(8, '0')}`,
    caseNumber: `51010401032026${String(Math.floor(index / 9999)).padStart(4, '0')}${String((index % 9999) + 1).padStart(4, '0')}`,
    queryPassword: '123456',
    status: STATUSES[index % 3] ?? 'accepted',
    matter: { code: MATTERS[index % MATTERS.length] ?? 'CY-06-003', name: '事项' },
    mode: '异地代收代办',
    routing: {
      receiving: { province: '51', division: '510104', hallCode: '51010401', name: '四川省 锦江区政务服务中心' },
      handling: { province: '50', division: '500103', name: '重庆市渝中区' },
    },
    applicant: { name, idNumber: `5101041990${String(index).padStart(8, '0')}`, mobile: `138${String(index).padStart(8, '0')}` },
    materials: [{ code: 'ID-CARD', name: '申请人居民身份证', form: 'original', copies: 1 }],
    acceptedAt: updatedAt,
    acceptedBy: { clerk: '李明', workstationId: '01JD00000000000000000000WS', province: '51', hallCode: '51010401', window: '3' },
    promisedDate: `2026-${String(1 + (index % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    lastEventId: 'E',
    lastHash: 'h'.repeat(64),
    eventCount: 2,
    updatedAt,
    side: index % 5 === 0 ? 'handling' : 'receiving',
  } as CaseRecord;
}

async function seed(total: number, batch = 20_000): Promise<number> {
  const started = performance.now();
  const counts = new Map<string, StatusCountRecord>();
  for (let start = 0; start < total; start += batch) {
    const rows = Array.from({ length: Math.min(batch, total - start) }, (_, offset) => makeCase(start + offset));
    for (const row of rows) {
      const key = statusCountKey(row.side, row.status);
      const entry = counts.get(key) ?? { key, side: row.side, status: row.status, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
    await db.cases.bulkPut(rows);
  }
  await db.statusCounts.bulkPut([...counts.values()]);
  return performance.now() - started;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Times `runs` searches of each kind with varying inputs. */
async function searches(runs: number): Promise<Record<string, number[]>> {
  const total = await db.cases.count();
  const sample = (n: number) => makeCase(Math.floor((n * 7919) % total));
  const kinds: Record<string, (n: number) => Promise<unknown>> = {
    caseNumber: (n) => caseSearchRepo.search(sample(n).caseNumber, { side: sample(n).side }),
    idNumber: (n) => caseSearchRepo.search(sample(n).applicant.idNumber, { side: sample(n).side }),
    mobile: (n) => caseSearchRepo.search(sample(n).applicant.mobile, { side: sample(n).side }),
    namePrefix: (n) => caseSearchRepo.search(sample(n).applicant.name.slice(0, 2), { side: 'receiving' }),
    statusFilter: (n) => caseSearchRepo.search('', { side: 'receiving', status: STATUSES[n % 3] }),
    overdue: () => caseSearchRepo.search('', { side: 'receiving', promisedBefore: '2026-06-01', openOnly: true }),
    nextPage: async () => {
      const first = await caseSearchRepo.search('', { side: 'receiving' });
      return caseSearchRepo.search('', { side: 'receiving' }, first.next);
    },
    // The peer: the same name search without its index (a full scan), for the ratio.
    namePrefixScan: (n) => {
      const prefix = sample(n).applicant.name.slice(0, 2);
      return db.cases
        .filter((row) => row.applicant.name.startsWith(prefix))
        .limit(50)
        .toArray();
    },
  };
  const result: Record<string, number[]> = {};
  for (const [kind, run] of Object.entries(kinds)) {
    const count = kind === 'namePrefixScan' ? Math.min(runs, 10) : runs;
    result[kind] = [];
    for (let n = 0; n < count; n += 1) result[kind].push(await time(() => run(n)));
  }
  return result;
}

/** What the first screen needs: the database open, the status counters, the first page. */
async function firstScreen(): Promise<number> {
  return time(async () => {
    await db.open();
    await Promise.all([caseSearchRepo.statusCounts('receiving'), caseSearchRepo.search('', { side: 'receiving' })]);
  });
}

async function storageUsed(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

Object.assign(window, { caseBench: { seed, searches, firstScreen, storageUsed } });
document.title = 'ready';
