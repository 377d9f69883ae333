package io.consortia.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.kernel.calendar.DayCount;
import io.consortia.kernel.lifecycle.Flag;
import io.consortia.kernel.lifecycle.GrantedMeasure;
import io.consortia.kernel.lifecycle.Note;
import io.consortia.kernel.lifecycle.Obligation;
import io.consortia.kernel.lifecycle.RunningProject;
import io.consortia.kernel.lifecycle.Simulation;
import io.consortia.kernel.lifecycle.TimelineEntry;
import io.consortia.kernel.parameter.AppliedOverride;
import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.sanction.Sanction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Lifecycle simulations as JSON (contract §4): one shape for the command and the HTTP API. */
public final class SimulationJson {

    private SimulationJson() {}

    /**
     * A simulation as {@code consortia simulate --format json} prints it (contract §4): the
     * reading of R9 and the overrides it ran under, the calendar, the timeline, the final state,
     * obligations, sanctions, measures, pending decisions, running projects.
     *
     * @param history what the output calls the history (its file)
     * @param dayCount how periods were counted (reading R9)
     * @param applied the parameter overrides of the run
     * @param calendarSources where each calendar year that is not the bundled one came from
     * @param lang the language(s) of reasons and notes
     */
    public static ObjectNode of(Simulation s, String history, DayCount dayCount, List<AppliedOverride> applied,
                                Map<Integer, String> calendarSources, Language lang) {
        ObjectNode n = Json.object();
        n.put("jurisdiction", s.jurisdiction());
        n.put("history", history);
        n.put("asOf", s.asOf().toString());
        n.putObject("readings").put(Reading.R9.id(), dayCount == DayCount.CIVIL ? "civil" : "inclusive");
        n.set("overrides", Json.overrides(applied));
        ObjectNode cal = n.putObject("calendar");
        cal.put("mode", s.calendarMode().name());
        ArrayNode years = cal.putArray("approximatedYears");
        s.approximatedYears().forEach(years::add);
        ObjectNode sources = cal.putObject("sources");
        calendarSources.forEach((y, source) -> sources.put(String.valueOf(y), source));
        ArrayNode timeline = n.putArray("timeline");
        for (TimelineEntry e : s.timeline()) {
            ObjectNode t = timeline.addObject();
            t.put("on", e.on().toString());
            t.put("event", e.event());
            t.put("accepted", e.accepted());
            t.put("state", e.state().name());
            e.reason().ifPresent(r -> t.put("reason", lang.of(r)));
            e.clause().ifPresent(c -> t.put("clause", c.ref()));
            if (e.index().isPresent()) {
                t.put("index", e.index().get());
            } else {
                t.put("timeDriven", true);
            }
            if (!e.notes().isEmpty()) {
                ArrayNode notes = t.putArray("notes");
                for (Note x : e.notes()) {
                    notes.addObject().put("code", x.code()).put("message", lang.of(x.text()));
                }
            }
        }
        n.put("finalState", s.finalState().name());
        ArrayNode obligations = n.putArray("obligations");
        for (Obligation o : s.obligations()) {
            ObjectNode on = obligations.addObject();
            on.put("kind", o.kind().name());
            on.put("due", o.due().map(LocalDate::toString).orElse(null));
            on.put("what", lang.of(o.what()));
            on.put("status", o.status().name());
            o.year().ifPresent(y -> on.put("year", y));
            on.put("since", o.since().toString());
            on.put("clause", o.clause().ref());
            o.metOn().ifPresent(d -> on.put("met", d.toString()));
            on.put("late", o.late());
        }
        ArrayNode sanctions = n.putArray("sanctions");
        for (Sanction b : s.sanctions()) {
            ObjectNode sn = sanctions.addObject();
            sn.put("unit", b.unit().display());
            sn.put("from", b.from().toString());
            sn.put("until", b.lastDay(dayCount).toString());
            sn.put("reason", b.reason());
            sn.put("jurisdiction", b.jurisdiction());
            sn.put("years", b.years());
            b.unit().creditCode().ifPresent(c -> sn.put("creditCode", c.value()));
            b.unit().name().ifPresent(x -> sn.put("name", x));
        }
        ArrayNode measures = n.putArray("measures");
        for (GrantedMeasure m : s.measures()) {
            measures.addObject().put("on", m.on().toString()).put("what", lang.of(m.what())).put("clause", m.clause().ref());
        }
        ArrayNode flags = n.putArray("pendingDecisions");
        for (Flag f : s.flags()) {
            flags.addObject().put("raisedOn", f.raisedOn().toString()).put("what", lang.of(f.what())).put("clause", f.clause().ref());
        }
        ArrayNode projects = n.putArray("runningProjects");
        for (RunningProject p : s.projects()) {
            ObjectNode pn = projects.addObject().put("since", p.since().toString()).put("level", p.level().name()).put("entrusted", p.entrusted());
            p.name().ifPresent(x -> pn.put("project", x));
        }
        n.put("notReplayed", s.notReplayed());
        return n;
    }
}
