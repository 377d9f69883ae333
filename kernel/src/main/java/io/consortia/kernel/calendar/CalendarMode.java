package io.consortia.kernel.calendar;

import io.consortia.kernel.text.Text;

/** How a {@link WorkingDayCalendar} treats a date outside the years it covers. */
public enum CalendarMode {
    /** A date outside the covered years is an error: the calendar cannot say whether it is a working day. */
    STATUTORY(Text.of("法定日历", "statutory calendar")),
    /**
     * A date outside the covered years counts as a working day when it is Monday to Friday; every
     * result says which years were approximated so that the caller can report it.
     */
    WEEKDAY_APPROXIMATION(Text.of("按周一至周五近似", "Monday-to-Friday approximation"));

    private final Text label;

    CalendarMode(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
