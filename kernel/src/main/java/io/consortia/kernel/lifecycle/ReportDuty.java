package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * An annual report the consortium owes for every year it is established: the report on year
 * {@code Y} is due on {@code due} of year {@code Y + yearsAfter}.
 *
 * @param zh what is owed, with {@code {year}} and {@code {next}} (Y + 1) placeholders
 * @param en the same in English
 */
public record ReportDuty(String zh, String en, MonthDay due, int yearsAfter, Clause clause) {

    public ReportDuty {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(clause, "clause");
        Text.of(zh, en);
        if (yearsAfter < 0 || yearsAfter > 1) {
            throw new IllegalArgumentException("a report on a year is due in that year or the next");
        }
    }

    /** The day the report on {@code year} is due. */
    public LocalDate dueFor(int year) {
        return due.atYear(year + yearsAfter);
    }

    /** What is owed for {@code year}. */
    public Text what(int year) {
        return Text.of(fill(zh, year), fill(en, year));
    }

    private static String fill(String template, int year) {
        return template.replace("{year}", Integer.toString(year)).replace("{next}", Integer.toString(year + 1));
    }
}
