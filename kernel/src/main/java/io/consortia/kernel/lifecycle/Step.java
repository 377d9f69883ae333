package io.consortia.kernel.lifecycle;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.Values;
import io.consortia.kernel.text.Text;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One step of a procedure, as data: who acts, which core state the consortium is in while the step
 * runs, the events that record it, its deadline where the text sets one, and its clause.
 *
 * @param id a short lower-case id, unique within the procedure ({@code review})
 * @param state the core state the step maps to (contract §4)
 * @param events the names of the events that record the step: core event names, or the
 *     jurisdiction's own (UPPER_SNAKE, accepted while the consortium is in {@code state}, never
 *     required)
 * @param deadline the time limit the text sets, in words (with the declared values of the
 *     parameters it names)
 * @param parameters the parameters the deadline names
 */
public record Step(String id, Text name, List<Actor> actors, CoreState state, List<String> events,
                   Optional<Text> deadline, Clause clause, List<Param<?>> parameters) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    /**
     * English month names, as {@code Month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)} gives
     * them; a table because that call loads the JDK's locale data, which every start of the CLI
     * would pay for a deadline's words (docs/performance.md, Start-up).
     */
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final Pattern EVENT = Pattern.compile("[A-Z][A-Z0-9_]*");

    public Step {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(clause, "clause");
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        parameters = List.copyOf(parameters);
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a step id is lower case: " + id);
        }
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("step " + id + " names who acts");
        }
        if (state.isTerminal()) {
            throw new IllegalArgumentException("step " + id + " runs in a terminal state: " + state);
        }
        for (String e : events) {
            if (!EVENT.matcher(e).matches()) {
                throw new IllegalArgumentException("step " + id + ": an event name is UPPER_SNAKE: " + e);
            }
            if (e.equals(EventType.EXPIRED.name())) {
                throw new IllegalArgumentException("step " + id + ": EXPIRED is made by time and recorded by no step");
            }
        }
    }

    /** A step with no events and no deadline yet; add them with {@link #events} and {@link #deadline}. */
    public static Step of(String id, String zh, String en, CoreState state, Clause clause, Actor... actors) {
        return new Step(id, Text.of(zh, en), List.of(actors), state, List.of(), Optional.empty(), clause, List.of());
    }

    /** The same step, recorded by these events. */
    public Step events(String... names) {
        return new Step(id, name, actors, state, List.of(names), deadline, clause, parameters);
    }

    /** The same step, recorded by these core events. */
    public Step events(EventType... types) {
        return events(java.util.Arrays.stream(types).map(Enum::name).toArray(String[]::new));
    }

    /** The same step, with the deadline the text sets (no number in it: a number is a parameter). */
    public Step deadline(String zh, String en) {
        return new Step(id, name, actors, state, events, Optional.of(Text.of(zh, en)), clause, parameters);
    }

    /**
     * The same step, with a deadline that names parameters: {@code {0}}, {@code {1}}… in the
     * words stand for their declared values ("不少于{0}个工作日").
     */
    public Step deadline(String zh, String en, Param<?>... values) {
        String z = zh;
        String e = en;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i].value();
            z = z.replace("{" + i + "}", v instanceof MonthDay md ? md.getMonthValue() + "月" + md.getDayOfMonth() + "日" : Values.display(v));
            e = e.replace("{" + i + "}", v instanceof MonthDay md
                    ? md.getDayOfMonth() + " " + MONTHS[md.getMonthValue() - 1] : Values.display(v));
        }
        return new Step(id, name, actors, state, events, Optional.of(Text.of(z, e)), clause, List.of(values));
    }

    /** The names among {@link #events} that are not core events: the jurisdiction's own. */
    public List<String> ownEvents() {
        return events.stream().filter(e -> EventType.byName(e).isEmpty()).toList();
    }
}
