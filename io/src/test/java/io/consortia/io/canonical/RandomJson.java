package io.consortia.io.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/** Random JSON documents: nested objects and arrays, strings with control, non-ASCII and astral characters, doubles. */
final class RandomJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String ALPHABET = "aZ09 _-\"\\/\b\f\n\r\t\u0001\u001f\u007fé€中文\u2028\uD83D\uDE00";

    private RandomJson() {}

    static JsonNode of(Random r) {
        return value(r, 0);
    }

    private static JsonNode value(Random r, int depth) {
        int pick = r.nextInt(depth > 3 ? 5 : 7);
        switch (pick) {
            case 0: return F.nullNode();
            case 1: return F.booleanNode(r.nextBoolean());
            case 2: return F.textNode(text(r));
            case 3: return F.numberNode(r.nextInt(5) == 0 ? Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL)
                    : (r.nextInt(2_000_001) - 1_000_000) / Math.pow(10, r.nextInt(8)));
            case 4: return F.numberNode((long) r.nextInt());
            case 5: {
                ArrayNode a = F.arrayNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(value(r, depth + 1));
                }
                return a;
            }
            default: {
                ObjectNode o = F.objectNode();
                for (int i = r.nextInt(5); i > 0; i--) {
                    o.set(text(r), value(r, depth + 1));
                }
                return o;
            }
        }
    }

    private static String text(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(6); i > 0; i--) {
            int at = r.nextInt(ALPHABET.length());
            char c = ALPHABET.charAt(at);
            if (Character.isHighSurrogate(c)) {
                s.append(c).append(ALPHABET.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                s.append(c);
            }
        }
        return s.toString();
    }
}
