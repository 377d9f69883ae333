/**
 * The Chinese statutory calendar (holidays and adjusted working days as the State Council
 * announces them each year), bundled as data and read into the kernel's {@link
 * io.consortia.kernel.calendar.WorkingDayCalendar}. The kernel stays pure: this module does the
 * reading.
 */
module io.consortia.calendar {
    requires transitive io.consortia.kernel;
    requires com.fasterxml.jackson.databind;

    exports io.consortia.calendar;
}
