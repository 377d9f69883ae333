package io.consortia.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consortia.io.input.InputProblem;
import io.consortia.io.json.Json;
import java.util.List;

/**
 * RFC 9457 problem details: {@code type}, {@code title}, {@code status}, {@code detail}, {@code
 * instance}, and, for bad input, {@code errors}: each problem with the JSON Pointer into the
 * request body ({@code /profile/members/0/kind}), the path as the formats write it, the line of
 * the body when known, and what is wrong.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPES = "https://consortia.invalid/problems/";

    private Problems() {}

    static String json(int status, String detail, String instance, List<InputProblem> errors) {
        ObjectNode n = Json.object();
        n.put("type", TYPES + type(status));
        n.put("title", title(status));
        n.put("status", status);
        n.put("detail", detail);
        n.put("instance", instance);
        if (!errors.isEmpty()) {
            ArrayNode a = n.putArray("errors");
            for (InputProblem p : errors) {
                ObjectNode e = a.addObject();
                e.put("pointer", pointer(p.path()));
                e.put("path", p.path());
                if (p.line() > 0) {
                    e.put("line", p.line());
                }
                e.put("detail", p.message());
            }
        }
        return Json.line(n);
    }

    /** {@code profile.members[0].kind} as a JSON Pointer: {@code /profile/members/0/kind}. */
    static String pointer(String path) {
        if (path.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                out.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            }
        }
        return out.toString();
    }

    /** The problem types this API answers with: status, type (under {@link #TYPES}) and title. */
    private static final java.util.Map<Integer, String[]> KINDS = java.util.Map.of(
            400, new String[] {"bad-input", "Bad input"},
            404, new String[] {"not-found", "Not found"},
            405, new String[] {"method-not-allowed", "Method not allowed"},
            413, new String[] {"too-large", "Request too large"},
            415, new String[] {"unsupported-media-type", "Unsupported media type"},
            503, new String[] {"unavailable", "Service unavailable"});

    private static String[] kind(int status) {
        return KINDS.getOrDefault(status, status >= 500 ? new String[] {"internal-error", "Internal error"}
                : new String[] {"http-" + status, "HTTP " + status});
    }

    private static String type(int status) {
        return kind(status)[0];
    }

    private static String title(int status) {
        return kind(status)[1];
    }
}
