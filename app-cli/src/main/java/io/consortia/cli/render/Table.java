package io.consortia.cli.render;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * A plain-text table whose columns align by display width ({@link Columns}: Chinese counts
 * double) and fit a width: when the natural widths do not fit, the widest columns give way first
 * and a cell that does not fit its column wraps onto more lines. A table with a header row that
 * would have to squeeze a column below {@value #NARROWEST} columns (its last, text column below
 * {@value #NARROWEST_TEXT}) is shown instead as one block
 * per row, a line per column ("name  value"), as psql's expanded display does. Cells may be
 * coloured (ANSI SGR). Two spaces between columns; trailing spaces dropped.
 */
public final class Table {
    private final List<AttributedString[]> rows = new ArrayList<>();
    private final String indent;
    private int rightFrom = Integer.MAX_VALUE;
    private boolean header;

    /** Below this width a column of a table with a header is not squeezed: the rows become blocks. */
    static final int NARROWEST = 8;

    /** The same for the last column, the one with the text that wraps. */
    static final int NARROWEST_TEXT = 24;

    public Table(String indent) {
        this.indent = indent;
    }

    public Table row(String... cells) {
        AttributedString[] r = new AttributedString[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = Columns.styled(cells[i] == null ? "" : cells[i]);
        }
        rows.add(r);
        return this;
    }

    /** Numbers in the columns from this one on (but the last) align right. */
    public Table numbersRightFrom(int column) {
        this.rightFrom = column;
        return this;
    }

    /** The first row names the columns: a table too wide for the page is then shown row by row. */
    public Table header() {
        this.header = true;
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows laid out within the page's width, coloured cells coloured only on a coloured page. */
    public String render(Page page) {
        int width = page.width();
        int n = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] natural = new int[n];
        int[] least = new int[n];
        for (AttributedString[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                natural[i] = Math.max(natural[i], r[i].columnLength());
                least[i] = Math.max(least[i], Columns.longestWord(r[i]));
            }
        }
        int[] widths = fit(natural, least, width <= 0 ? Integer.MAX_VALUE : width - Columns.width(indent) - 2 * Math.max(0, n - 1));
        if (header && rows.size() > 1 && n > 2) {
            for (int i = 0; i < n; i++) {
                if (widths[i] < Math.min(natural[i], i == n - 1 ? NARROWEST_TEXT : NARROWEST)) {
                    return expanded(page);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (AttributedString[] r : rows) {
            List<List<AttributedString>> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < r.length; i++) {
                List<AttributedString> lines = Columns.wrap(r[i], widths[i], Page.hang(r[i].toString(), 0));
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int line = 0; line < height; line++) {
                AttributedStringBuilder b = new AttributedStringBuilder().append(indent);
                for (int i = 0; i < r.length; i++) {
                    AttributedString cell = line < cells.get(i).size() ? cells.get(i).get(line) : AttributedString.EMPTY;
                    int gap = widths[i] - cell.columnLength();
                    boolean last = i == r.length - 1;
                    if (i >= rightFrom && !last && numeric(r[i])) {
                        b.append(" ".repeat(Math.max(0, gap))).append(cell);
                    } else {
                        b.append(cell);
                        if (!last) {
                            b.append(" ".repeat(Math.max(0, gap)));
                        }
                    }
                    if (!last) {
                        b.append("  ");
                    }
                }
                out.append(page.emit(Columns.trimEnd(b.toAttributedString()))).append('\n');
            }
        }
        return out.toString();
    }

    /** Each row as a block: its first cell, then a line per other column with the column's name. */
    private String expanded(Page page) {
        AttributedString[] names = rows.get(0);
        StringBuilder out = new StringBuilder();
        for (AttributedString[] r : rows.subList(1, rows.size())) {
            out.append(page.fit(indent + page.emit(r[0]))).append('\n');
            Table block = new Table(indent + "  ");
            for (int i = 1; i < r.length; i++) {
                AttributedString name = i < names.length ? names[i] : AttributedString.EMPTY;
                if (name.length() == 0 && !block.rows.isEmpty()) {
                    // A column without a name continues the one before it (a count, then its share).
                    AttributedString[] last = block.rows.get(block.rows.size() - 1);
                    last[1] = new AttributedStringBuilder().append(last[1]).append("  ").append(r[i]).toAttributedString();
                } else {
                    block.rows.add(new AttributedString[] {name, r[i]});
                }
            }
            out.append(block.render(page));
        }
        return out.toString();
    }

    private static boolean numeric(AttributedString cell) {
        String s = cell.toString();
        return !s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.equals("–"));
    }

    /**
     * Column widths within {@code room}: the natural ones when they fit. Else the widest columns
     * give way first: every column wider than a cap is cut to the cap (but never below its longest
     * word), the cap being the largest that fits, so narrow columns (ids, verdicts, numbers) stay
     * whole and the long texts wrap. When even the longest words do not fit, the room is shared in
     * proportion to them (words are then cut).
     */
    static int[] fit(int[] natural, int[] least, int room) {
        int n = natural.length;
        long sum = 0;
        long sumLeast = 0;
        for (int i = 0; i < n; i++) {
            least[i] = Math.min(least[i], natural[i]);
            sum += natural[i];
            sumLeast += least[i];
        }
        if (sum <= room) {
            return natural.clone();
        }
        int[] widths = new int[n];
        if (sumLeast >= room) {
            int given = 0;
            for (int i = 0; i < n; i++) {
                widths[i] = Math.max(1, (int) (room * (long) least[i] / Math.max(1, sumLeast)));
                given += widths[i];
            }
            for (int i = 0; given < room && i < n; i++, given++) {
                widths[i]++;
            }
            return widths;
        }
        // The largest cap whose capped widths fit: found by bisection (the capped sum grows with the cap).
        int low = 0;
        int high = 0;
        for (int w : natural) {
            high = Math.max(high, w);
        }
        while (low < high) {
            int cap = (low + high + 1) >>> 1;
            if (capped(natural, least, cap) <= room) {
                low = cap;
            } else {
                high = cap - 1;
            }
        }
        long given = 0;
        for (int i = 0; i < n; i++) {
            widths[i] = Math.min(natural[i], Math.max(least[i], low));
            given += widths[i];
        }
        // What the cap left over goes to the cut columns, one column each, widest first.
        for (int i = 0; given < room && i < n; i++) {
            if (widths[i] < natural[i]) {
                widths[i]++;
                given++;
            }
        }
        return widths;
    }

    private static long capped(int[] natural, int[] least, int cap) {
        long sum = 0;
        for (int i = 0; i < natural.length; i++) {
            sum += Math.min(natural[i], Math.max(least[i], cap));
        }
        return sum;
    }
}
