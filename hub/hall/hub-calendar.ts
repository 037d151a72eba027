/** The holiday calendar the hub counts working days with: the seed shipped with this release. */
import holidaysJson from '../../seeds/holidays-cn.json';
import { createHolidayCalendar, holidayCalendarSchema, type HolidayCalendar } from '../../shared/domain/calendar/working-days';

export const hubCalendar: HolidayCalendar = createHolidayCalendar(holidayCalendarSchema.parse(holidaysJson));
