/**
 * In the clerk's window: takes the applicant's rating from the rating screen, seals it as the
 * case's `rated` event under the signed-in clerk (a 差评 gets its 回访/整改 deadline from this
 * hall's calendar) and tells the screen whether it was recorded.
 */
import { App } from 'antd';
import { useEffect } from 'react';
import { applicantRatedPayload } from '../../../shared/domain/case/applicant-rating';
import { rate } from '../../../shared/domain/case/case-commands';
import { chinaDate } from '../../../shared/domain/calendar/working-days';
import { useWorkstation } from '../../workstation/workstation-context';
import { casesRepo } from '../../data/cases.repo';
import { performCaseAction } from '../../workstation/use-case-action';
import { RATING_CHANNEL, ratingRequestSchema, type RatingReply } from './rating-messages';

export function ApplicantRatingListener() {
  const workstation = useWorkstation();
  const { message } = App.useApp();
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return undefined;
    const channel = new BroadcastChannel(RATING_CHANNEL);
    const reply = (answer: RatingReply) => channel.postMessage(answer);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const request = ratingRequestSchema.safeParse(event.data);
      if (!request.success) return;
      const { requestId, caseId, rating } = request.data;
      void (async () => {
        const record = await casesRepo.get(caseId);
        if (!record) return reply({ kind: 'failed', requestId, message: '本工作站没有这件办件，请告知窗口工作人员' });
        const payload = applicantRatedPayload(rating, chinaDate(new Date()), workstation.holidays.calendar);
        const failure = await performCaseAction(workstation, (input) => rate(record, { ...input, ...payload }));
        if (failure) return reply({ kind: 'failed', requestId, message: failure });
        reply({ kind: 'recorded', requestId });
        void message.info(`申请人已评价办件 ${record.caseNumber}：${rating.level}`);
      })();
    };
    return () => channel.close();
  }, [workstation, message]);
  return null;
}
