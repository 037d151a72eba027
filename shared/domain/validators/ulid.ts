/** Event, case and account ids are ULIDs (time-ordered, minted offline). */
import { z } from 'zod';

export const ulidSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { message: '事件编号应为26位ULID' });
