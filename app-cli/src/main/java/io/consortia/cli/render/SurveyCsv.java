package io.consortia.cli.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A survey as one tidy CSV table, a row per figure, for R, pandas or a spreadsheet: {@code
 * jurisdiction, measure, item, to, count, share}. The measures: {@code baseline} and {@code
 * scenario} (item: a verdict), {@code transition} (item: the baseline verdict, to: the scenario's),
 * {@code fail}, {@code unknown} and {@code binding} (item: a rule), {@code flips} (item: a reading;
 * to: the verdict it flips to, empty for all of them). A view of {@link SurveyJson}'s document.
 */
public final class SurveyCsv {

    private SurveyCsv() {}

    public static final List<String> HEADER = List.of("jurisdiction", "measure", "item", "to", "count", "share");

    /** The table as CSV, with a UTF-8 byte-order mark for Excel when {@code bom}. */
    public static String render(JsonNode doc, boolean bom) {
        return Csv.write(rows(doc), bom);
    }

    /** The rows, the header first. */
    public static List<List<String>> rows(JsonNode doc) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (JsonNode j : doc.get("jurisdictions")) {
            String id = j.get("id").asText();
            for (String setting : List.of("baseline", "scenario")) {
                JsonNode verdicts = j.get("verdicts").get(setting);
                if (!verdicts.isNull()) {
                    verdicts.fields().forEachRemaining(e -> rows.add(row(id, setting, e.getKey(), "", e.getValue())));
                }
            }
            if (!j.get("transitions").isNull()) {
                for (JsonNode t : j.get("transitions")) {
                    rows.add(row(id, "transition", t.get("from").asText(), t.get("to").asText(), t));
                }
            }
            for (JsonNode r : j.get("rules")) {
                for (String measure : List.of("fail", "unknown", "binding")) {
                    rows.add(row(id, measure, r.get("id").asText(), "", r.get(measure)));
                }
            }
            for (JsonNode r : j.get("readings")) {
                rows.add(row(id, "flips", r.get("id").asText(), "", r.get("flips")));
                r.get("to").fields().forEachRemaining(e -> rows.add(row(id, "flips", r.get("id").asText(), e.getKey(), e.getValue())));
            }
        }
        return rows;
    }

    static List<String> row(String jurisdiction, String measure, String item, String to, JsonNode count) {
        BigDecimal share = SurveyJson.share(count);
        return List.of(jurisdiction, measure, item, to, count.get("count").asText(), share == null ? "" : share.toPlainString());
    }
}
