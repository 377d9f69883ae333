package io.consortia.kernel.explain;

import io.consortia.kernel.outcome.Outcome;
import io.consortia.kernel.profile.FactType;
import io.consortia.kernel.profile.OwnFact;
import io.consortia.kernel.rule.Evidence;
import io.consortia.kernel.rule.OwnTest;
import io.consortia.kernel.parameter.ParameterValues;
import io.consortia.kernel.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Own facts and their tests in words: what a test asks, what a profile states. */
final class OwnWords {

    private OwnWords() {}

    /** A value of the fact as people read it: 是/否, a number, an amount, a choice's label, a date. */
    static Text value(OwnFact<?> fact, Object v) {
        FactType<?> type = fact.type();
        switch (type.kind()) {
            case BOOLEAN:
                return (Boolean) v ? Text.of("是", "yes") : Text.of("否", "no");
            case AMOUNT:
                return Text.of(Money.zh((BigDecimal) v), Money.en((BigDecimal) v));
            case NUMBER:
                String n = Money.grouped((BigDecimal) v);
                return Text.of(n, n);
            case CHOICE:
                return type.choice((String) v).map(c -> Text.of(c.label().zh() + "（" + c.key() + "）", c.label().en() + " (" + c.key() + ")"))
                        .orElse(Text.of((String) v, (String) v));
            default:
                return Text.of(v.toString(), v.toString());
        }
    }

    /** What the test asks, as a noun phrase, with the values its (bound) parameters carry. */
    static Text describe(OwnTest t) {
        OwnFact<?> f = t.fact();
        Text label = f.label();
        ParameterValues carried = ParameterValues.asCarried();
        if (t instanceof OwnTest.Is is) {
            return is.value() ? label : Text.of("非" + label.zh(), "not " + label.en());
        }
        if (t instanceof OwnTest.Bounded b) {
            Text v = value(f, b.required(carried, null));
            boolean least = b.bound() == OwnTest.Bound.AT_LEAST;
            return Text.of(label.zh() + (least ? "不少于 " : "不超过 ") + v.zh(), label.en() + (least ? " at least " : " at most ") + v.en());
        }
        if (t instanceof OwnTest.OneOf o) {
            Text choices = choices(f, carried.get(o.values()));
            return Text.of(label.zh() + "为" + choices.zh(), label.en() + " " + choices.en());
        }
        OwnTest.Dated d = (OwnTest.Dated) t;
        boolean before = d.bound() == OwnTest.Bound.AT_MOST;
        Text when = point(d.date().map(carried::get).orElse(null), d.years().map(carried::get).orElse(0), before ? "前" : "后",
                before ? "before" : "after");
        return before ? Text.of(label.zh() + "不晚于" + when.zh(), label.en() + " on or before " + when.en())
                : Text.of(label.zh() + "不早于" + when.zh(), label.en() + " on or after " + when.en());
    }

    /** The listed choices, by label: "甲级或乙级" / "grade A or grade B". */
    private static Text choices(OwnFact<?> f, List<String> keys) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String k : keys) {
            Text t = f.type().choice(k).map(FactType.Choice::label).orElse(Text.of(k, k));
            zh.add(t.zh());
            en.add(t.en());
        }
        return Text.of(String.join("或", zh), "one of " + String.join(", ", en));
    }

    /** A date, or the reference date moved by years: "基准日前2年" / "2 years before the reference date". */
    private static Text point(LocalDate date, int years, String zhSide, String enSide) {
        String base = date == null ? "基准日" : date.toString();
        String baseEn = date == null ? "the reference date" : date.toString();
        if (years == 0) {
            return Text.of(base, baseEn);
        }
        return Text.of(base + zhSide + years + "年", years + " year" + (years == 1 ? "" : "s") + " " + enSide + " " + baseEn);
    }

    /** A finding on an own fact: whose, what it is, what is stated, what is asked. */
    static Text write(Outcome outcome, Evidence.Own o, Text who) {
        OwnFact<?> f = o.test().fact();
        Text asked = describe(o.test());
        if (o.value().isEmpty()) {
            return Text.of(who.zh() + "：" + f.label().zh() + " — 未填报（facts." + f.key() + "）；要求：" + asked.zh(),
                    who.en() + ": " + f.label().en() + " — not stated (facts." + f.key() + "); required: " + asked.en());
        }
        Text v = value(f, o.value().get());
        if (o.test() instanceof OwnTest.Is is && is.value()) {
            // A yes/no fact that must hold reads as the kernel's own facts do: what it is, and yes or no.
            return Text.of(who.zh() + "：" + f.label().zh() + " — " + v.zh(), who.en() + ": " + f.label().en() + " — " + v.en());
        }
        String zhMet = outcome == Outcome.PASS ? "满足" : "不满足";
        String enMet = outcome == Outcome.PASS ? "met" : "not met";
        return Text.of(who.zh() + "：" + f.label().zh() + " — " + v.zh() + "；要求：" + asked.zh() + "（" + zhMet + "）",
                who.en() + ": " + f.label().en() + " — " + v.en() + "; required: " + asked.en() + " (" + enMet + ")");
    }
}
