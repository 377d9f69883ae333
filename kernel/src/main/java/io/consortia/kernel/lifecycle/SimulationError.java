package io.consortia.kernel.lifecycle;

import io.consortia.kernel.calendar.OutsideCalendar;
import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.util.Objects;

/** Why a history could not be simulated: bad input, not a legal outcome. */
public sealed interface SimulationError {

    /** Where in the history: {@code events[3].on}, or empty for the whole. */
    String path();

    Text message();

    /** An event dated before the one preceding it. */
    record OutOfOrder(int index, LocalDate on, LocalDate previous) implements SimulationError {
        public OutOfOrder {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(previous, "previous");
        }

        @Override
        public String path() {
            return "events[" + index + "].on";
        }

        @Override
        public Text message() {
            return Text.of(on + " 早于前一事件的日期 " + previous + "；事件须按日期先后排列",
                    on + " is earlier than the previous event's date " + previous + "; events must be in date order");
        }
    }

    /** A decision needed working days the calendar does not cover. */
    record CalendarGap(int index, OutsideCalendar gap) implements SimulationError {
        public CalendarGap {
            Objects.requireNonNull(gap, "gap");
        }

        @Override
        public String path() {
            return "events[" + index + "].on";
        }

        @Override
        public Text message() {
            return gap.message();
        }
    }

    /** Neither an event nor an as-of date says when the simulation ends. */
    record NoDate() implements SimulationError {
        @Override
        public String path() {
            return "events";
        }

        @Override
        public Text message() {
            return Text.of("历史中没有事件，也未指定截至日期", "the history has no events and no as-of date was given");
        }
    }
}
