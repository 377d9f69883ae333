package io.consortia.cli.render;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns align by display width (Chinese counts double). */
public final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final String indent;

    public Table(String indent) {
        this.indent = indent;
    }

    public Table row(String... cells) {
        rows.add(cells);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows, two spaces between columns; the last column is not padded. */
    public String render() {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < r.length - 1; i++) {
                width[i] = Math.max(width[i], DisplayWidth.of(r[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < r.length; i++) {
                line.append(i == r.length - 1 ? r[i] : DisplayWidth.pad(r[i], width[i]) + "  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
