package io.consortia.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.cli.render.Page;
import io.consortia.facade.record.DecisionRecord;
import io.consortia.facade.record.Difference;
import io.consortia.facade.record.Replay;
import io.consortia.io.input.InputException;
import io.consortia.io.input.InputProblem;
import io.consortia.io.input.TreeFile;
import io.consortia.io.json.Json;
import io.vavr.control.Either;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consortia replay RECORD...}: assesses each recorded decision's profile again under the
 * current rules, with the recorded date, readings, overrides and registry, and says whether the
 * result is the same and, if not, exactly what changed.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        addMethodSubcommands = false, // none: picocli need not scan every method (start-up)
        description = {"Replay decision records and say whether the current rules decide the same.",
                "The records are JSON Lines, as assess --format record writes them. Each recorded profile is assessed again under the "
                        + "current rules with the recorded date, readings, overrides and registry; if the result differs, the output says "
                        + "what changed: the verdict, the findings whose outcome changed, the edition, its document's text, parameter values.",
                "Exit status 0 whatever the answer; 2 for a record that is malformed or altered."})
final class ReplayCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(arity = "1..*", paramLabel = "RECORD", description = "Files of decision records, one per line; - reads standard input.")
    List<String> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (JSON Lines, one per record) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Replay under another parameter value (repeatable), on top of the recorded overrides: what the decision would be.")
    List<String> overrides;

    @Override
    public Integer call() {
        Page page = top.page();
        int records = 0;
        int rejected = 0;
        int total = 0;
        for (String file : files) {
            String text;
            try {
                text = TreeFile.readText(file, top.inputs().limits(), top.in);
            } catch (InputException bad) {
                bad.lines().forEach(l -> top.err.println("error: " + l));
                rejected++;
                total++;
                continue;
            }
            String name = file.equals(TreeFile.STDIN) ? TreeFile.STDIN_NAME : file;
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                total++;
                int line = i + 1;
                Either<List<InputProblem>, Replay> replay = DecisionRecord.parse(lines.get(i), name)
                        .flatMap(r -> top.facade().replay(r, overrides == null ? List.of() : overrides));
                if (replay.isLeft()) {
                    replay.getLeft().forEach(p -> top.err.println("error: " + new InputProblem(name, line, -1, p.path(), p.message())));
                    rejected++;
                    continue;
                }
                records++;
                top.out.print(format == Format.json ? Json.line(json(replay.get(), name, line)) + "\n" : page.fit(text(replay.get(), name, line, page)));
            }
        }
        if (total > 1 && rejected > 0) {
            top.err.println("consortia: replayed " + records + " of " + total + " records; " + rejected + " rejected (bad input)");
        }
        return rejected > 0 ? 2 : 0;
    }

    private static String text(Replay r, String file, int line, Page page) {
        StringBuilder out = new StringBuilder();
        out.append(file).append(':').append(line).append(": ").append(page.of("记录", "record")).append(' ').append(r.recorded().id()).append(' ')
                .append(r.recorded().jurisdiction()).append(": ");
        if (r.sameResult()) {
            out.append(page.of("结果相同", "same result")).append(" (").append(page.verdict(r.now().verdict())).append(')');
            out.append(r.identical() ? page.of("，记录完全一致", ", identical record") : page.of("，记录有差异（见下）", ", the record differs (below)"));
        } else {
            out.append(page.of("结果改变", "CHANGED")).append(": ").append(page.verdict(r.recorded().verdict())).append(" → ")
                    .append(page.verdict(r.now().verdict()));
        }
        out.append('\n');
        for (Difference d : r.differences()) {
            out.append("  ").append(d.changesResult() ? "* " : "  ").append(describe(d, page)).append('\n');
        }
        return out.toString();
    }

    /** A difference in one line, in the page's language(s). */
    static String describe(Difference d, Page page) {
        if (d instanceof Difference.Verdict v) {
            return page.of("结论", "verdict") + ": " + page.verdict(v.before()) + " → " + page.verdict(v.after());
        }
        if (d instanceof Difference.Finding f) {
            String s = f.rule() + ": " + f.outcomeBefore() + " → " + f.outcomeAfter();
            return f.strengthBefore().equals(f.strengthAfter()) ? s : s + " (" + f.strengthBefore() + " → " + f.strengthAfter() + ")";
        }
        if (d instanceof Difference.FindingAdded a) {
            return a.rule() + ": " + page.of("新规则", "new rule") + ", " + a.outcome();
        }
        if (d instanceof Difference.FindingRemoved gone) {
            return gone.rule() + ": " + page.of("不再适用（原为 " + gone.outcome() + "）", "no longer applied (was " + gone.outcome() + ")");
        }
        if (d instanceof Difference.Evidence e) {
            return e.rule() + ": " + page.of("结果相同，依据不同", "same outcome, other evidence");
        }
        if (d instanceof Difference.Edition e) {
            String zh = switch (e.field()) {
                case "title" -> "文件标题";
                case "number" -> "文号";
                case "date" -> "日期";
                case "inForceFrom" -> "施行日期";
                case "inForce" -> "是否施行";
                default -> e.field();
            };
            return page.of("版本的" + zh, "edition " + e.field()) + ": " + e.before() + " → " + e.after();
        }
        if (d instanceof Difference.DocumentDigest t) {
            return page.of("文件文本", "document text") + ": " + t.before() + " → " + t.after();
        }
        if (d instanceof Difference.Parameter p) {
            return page.of("参数", "parameter") + " " + p.name() + ": " + p.before() + " → " + p.after();
        }
        if (d instanceof Difference.Version v) {
            return page.of(v.module() + " 的版本", "version of " + v.module()) + ": " + v.before() + " → " + v.after();
        }
        return d.describe();
    }

    private static ObjectNode json(Replay r, String file, int line) {
        ObjectNode n = Json.object();
        n.put("source", file + ":" + line);
        n.put("record", r.recorded().id());
        n.put("jurisdiction", r.recorded().jurisdiction());
        n.put("sameResult", r.sameResult());
        n.put("identical", r.identical());
        n.putObject("verdict").put("recorded", r.recorded().verdict()).put("now", r.now().verdict());
        ArrayNode diffs = n.putArray("differences");
        for (Difference d : r.differences()) {
            diffs.addObject().put("type", d.getClass().getSimpleName()).put("changesResult", d.changesResult()).put("describe", d.describe());
        }
        n.set("now", r.now().json());
        return n;
    }
}
