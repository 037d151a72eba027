/**
 * The 39 action items of 《推进川渝公共服务一体化深化便捷生活行动事项（2024年版）》
 * (川办发〔2024〕10号) as seeds/action-items.json records them. Some items are window
 * matters (证照, 证明, 登记); others are programmes (票制, 平台, 协作机制) that no clerk
 * handles at a window. Each item says which: `windowMatters: 'listed'` means the catalog
 * has at least one matter for it, `{ none: reason }` says why it has none.
 */
import { z } from 'zod';

/** The ten categories, in the document's order, with the item numbers each spans. */
export const ACTION_CATEGORIES = [
  { name: '交通通信', first: 1, last: 5 },
  { name: '户籍出入境管理', first: 6, last: 8 },
  { name: '就业社保', first: 9, last: 16 },
  { name: '教育文化', first: 17, last: 21 },
  { name: '医疗卫生', first: 22, last: 24 },
  { name: '养老助残', first: 25, last: 27 },
  { name: '住房保障', first: 28, last: 33 },
  { name: '应急救援', first: 34, last: 35 },
  { name: '信用评估', first: 36, last: 37 },
  { name: '畅游巴蜀', first: 38, last: 39 },
] as const;

export const ACTION_CATEGORY_NAMES = ACTION_CATEGORIES.map((category) => category.name) as [
  (typeof ACTION_CATEGORIES)[number]['name'],
  ...(typeof ACTION_CATEGORIES)[number]['name'][],
];
export type ActionCategory = (typeof ACTION_CATEGORIES)[number]['name'];

export const ACTION_ITEM_COUNT = 39;

/** The category an item number belongs to, by the document's numbering. */
export function categoryOfActionItem(number: number): ActionCategory | undefined {
  return ACTION_CATEGORIES.find((category) => number >= category.first && number <= category.last)?.name;
}

export const actionItemSchema = z
  .object({
    number: z.number().int().min(1).max(ACTION_ITEM_COUNT),
    category: z.enum(ACTION_CATEGORY_NAMES),
    title: z.string().min(4),
    /** 责任单位 as the document names them. */
    responsibleUnits: z.string().min(2),
    windowMatters: z.union([z.literal('listed'), z.object({ none: z.string().min(10, { message: '请写明无窗口事项的理由' }) })]),
  })
  .superRefine((item, ctx) => {
    const expected = categoryOfActionItem(item.number);
    if (expected !== item.category) {
      ctx.addIssue({ code: 'custom', path: ['category'], message: `第${item.number}项应属“${expected}”类` });
    }
  });

/** All 39 items, each once, in order. */
export const actionItemListSchema = z.array(actionItemSchema).superRefine((items, ctx) => {
  for (const [index, item] of items.entries()) {
    if (item.number !== index + 1) {
      ctx.addIssue({ code: 'custom', path: [index, 'number'], message: `第${index + 1}条记录的项号应为${index + 1}，实为${item.number}` });
    }
  }
  if (items.length !== ACTION_ITEM_COUNT) {
    ctx.addIssue({ code: 'custom', message: `行动事项应为${ACTION_ITEM_COUNT}项，实为${items.length}项` });
  }
});
