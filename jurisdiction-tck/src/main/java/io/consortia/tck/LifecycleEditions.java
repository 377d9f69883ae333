package io.consortia.tck;

import io.consortia.kernel.calendar.CalendarMode;
import io.consortia.kernel.calendar.DayCount;
import io.consortia.kernel.calendar.WorkingDayCalendar;
import io.consortia.kernel.code.Region;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.EditionSetup;
import io.consortia.kernel.jurisdiction.Identity;
import io.consortia.kernel.jurisdiction.JurisdictionCatalog;
import io.consortia.kernel.jurisdiction.JurisdictionProvider;
import io.consortia.kernel.jurisdiction.Outline;
import io.consortia.kernel.jurisdiction.Route;
import io.consortia.kernel.lifecycle.Decider;
import io.consortia.kernel.lifecycle.SimulationOptions;
import io.consortia.kernel.parameter.Overrides;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.kernel.text.Text;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One-edition jurisdictions built through the real registrar, for lifecycle tests: the edition's
 * parameters and lifecycle are whatever the registration states, checked as at any load.
 */
public final class LifecycleEditions {

    private LifecycleEditions() {}

    /** The edition, or what the kernel refused. */
    public static Either<List<String>, Edition> tryOf(String id, String documentText, Consumer<EditionSetup> registration) {
        JurisdictionProvider provider = setup -> {
            setup.identity(new Identity(id, Text.of("测试" + id, "test " + id), Region.of("3205", "测试市", "Testland")));
            EditionSetup e = setup.edition(new Document(Text.of("测试办法", "Test policy"), Optional.empty(), Text.of("测试局", "test bureau"),
                    Optional.empty(), Set.of(DocumentStatus.IN_FORCE), documentText));
            e.outline(new Outline(Optional.empty(), Optional.empty(),
                    new Route(Route.Formation.FILING, Route.Initiative.BOTTOM_UP, Text.of("备案", "filing"), "四"), List.of(),
                    Text.of("无", "none")));
            registration.accept(e);
        };
        return JurisdictionCatalog.of(List.of(provider)).map(c -> c.get(id).orElseThrow().latest());
    }

    /** The edition; fails the test when the kernel refuses it. */
    public static Edition of(String id, String documentText, Consumer<EditionSetup> registration) {
        return tryOf(id, documentText, registration).getOrElseThrow(errors -> new AssertionError(String.join("\n", errors)));
    }

    /** A decider for the edition's lifecycle with its declared values, counting the start day (R9 default). */
    public static Decider decider(Edition edition, WorkingDayCalendar calendar, CalendarMode mode) {
        return decider(edition, calendar, mode, DayCount.INCLUSIVE, Overrides.none());
    }

    public static Decider decider(Edition edition, WorkingDayCalendar calendar, CalendarMode mode, DayCount count, Overrides overrides) {
        return new Decider(edition.lifecycle().orElseThrow(() -> new AssertionError(edition + " registers no lifecycle")),
                new SimulationOptions(calendar, mode, count, edition.bind(overrides)));
    }
}
