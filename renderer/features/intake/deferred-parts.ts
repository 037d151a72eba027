/**
 * Parts of 新建办件 that its first screen does not show: the card after an answer (with the
 * document buttons and everything printing needs), the 告知 / 不予受理 dialogs, the duplicate's
 * case drawer and the date picker of a matter's details. They load in their own chunks, so a
 * new tab does not fetch, compile and run them before the form is interactive; the form
 * preloads them once it is up (preloadDeferredIntakeParts), so a clerk's first 受理 does not
 * wait for them either.
 *
 * Adding a part? Its loader goes in LOADERS, so it is preloaded with the rest.
 */
import { lazy } from 'react';

const LOADERS = {
  answeredCard: () => import('./AnsweredCard'),
  noticeDialog: () => import('./NoticeDialog'),
  refusalDialog: () => import('./RefusalDialog'),
  dateInput: () => import('./details/DateInput'),
  caseDetailDrawer: () => import('../cases/CaseDetailDrawer'),
};

export const AnsweredCard = lazy(async () => ({ default: (await LOADERS.answeredCard()).AnsweredCard }));
export const NoticeDialog = lazy(async () => ({ default: (await LOADERS.noticeDialog()).NoticeDialog }));
export const RefusalDialog = lazy(async () => ({ default: (await LOADERS.refusalDialog()).RefusalDialog }));
export const DateInput = lazy(async () => ({ default: (await LOADERS.dateInput()).DateInput }));
export const CaseDetailDrawer = lazy(async () => ({ default: (await LOADERS.caseDetailDrawer()).CaseDetailDrawer }));

/** Fetches and runs every deferred part's chunk now (the browser keeps each module once). */
export function preloadDeferredIntakeParts(): void {
  for (const load of Object.values(LOADERS)) void load();
}
