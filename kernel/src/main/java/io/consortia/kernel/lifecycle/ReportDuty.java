package io.consortia.kernel.lifecycle;

import io.consortia.kernel.parameter.Param;
import io.consortia.kernel.parameter.ParameterValues;
import io.consortia.kernel.text.Text;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * An annual report the consortium owes for every year it is established: the report on year
 * {@code Y} is due on the day of the year a parameter holds, in {@code Y} or in {@code Y + 1}.
 *
 * @param zh what is owed, with {@code {year}} and {@code {next}} (Y + 1) placeholders
 * @param en the same in English
 * @param due the parameter holding the day of the year it is due
 * @param followingYear whether it is due in the year after the one it reports on
 */
public record ReportDuty(String zh, String en, Param<MonthDay> due, boolean followingYear, Clause clause) {

    public ReportDuty {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(clause, "clause");
        Text.of(zh, en);
    }

    /** A report on a year, due in that same year ("每年12月31日前"). */
    public static ReportDuty sameYear(String zh, String en, Param<MonthDay> due, Clause clause) {
        return new ReportDuty(zh, en, due, false, clause);
    }

    /** A report on a year, due in the following one ("次年1月"). */
    public static ReportDuty followingYear(String zh, String en, Param<MonthDay> due, Clause clause) {
        return new ReportDuty(zh, en, due, true, clause);
    }

    /** The day the report on {@code year} is due. */
    public LocalDate dueFor(int year, ParameterValues values) {
        return values.get(due).atYear(followingYear ? year + 1 : year);
    }

    /** What is owed for {@code year}. */
    public Text what(int year) {
        return Text.of(fill(zh, year), fill(en, year));
    }

    private static String fill(String template, int year) {
        return template.replace("{year}", Integer.toString(year)).replace("{next}", Integer.toString(year + 1));
    }
}
