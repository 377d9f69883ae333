package io.consortia.kernel.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.registry.RegistryReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every value a reader accepts is within {@link Bounds}; whatever is outside is a problem at its path. */
class BoundsTest {

    private static <T> Problems read(Object value, Function<Node, Optional<T>> how, List<T> out) {
        Problems problems = new Problems();
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("x", value);
        how.apply(Node.root(tree, problems).get("x")).ifPresent(out::add);
        return problems;
    }

    private static String error(Object value, Function<Node, Optional<?>> how) {
        Problems p = new Problems();
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("x", value);
        assertThat(how.apply(Node.root(tree, p).get("x"))).isEmpty();
        assertThat(p.errors()).hasSize(1);
        return p.errors().head().toString();
    }

    @Test
    void hugeExponentsAreRefusedWithoutArithmetic() {
        assertThat(error(new BigDecimal("1e999999999"), Node::amount)).isEqualTo("x: an amount in yuan is at most 10^15, found 1E+999999999");
        assertThat(error(new Scalar(new BigDecimal("1e-999999999"), "1e-999999999"), Node::amount))
                .isEqualTo("x: an amount in yuan has at most 20 decimal places, found 1e-999999999");
        assertThat(error(new BigDecimal("-1e999999999"), Node::amount)).startsWith("x: must not be negative");
    }

    @Test
    void amountsUpToTenToTheFifteenthAreAccepted() {
        List<BigDecimal> out = new ArrayList<>();
        assertThat(read(new BigDecimal("1e15"), Node::amount, out).hasErrors()).isFalse();
        assertThat(read(new BigDecimal("0.30000000000000004"), Node::amount, out).hasErrors()).isFalse();
        assertThat(read(new BigDecimal("1.50000000000000000000000000000"), Node::amount, out).hasErrors()).isFalse();
        assertThat(out).hasSize(3);
        assertThat(error(new BigDecimal("1000000000000000.01"), Node::amount)).contains("at most 10^15");
        assertThat(error(new java.math.BigInteger("1" + "0".repeat(400)), Node::amount)).contains("at most 10^15");
        assertThat(error(Double.POSITIVE_INFINITY, Node::amount)).contains("finite");
    }

    @Test
    void datesAndYearsAreBetween1900And2200() {
        assertThat(error("+999999999-12-31", Node::date)).isEqualTo("x: a date is between 1900-01-01 and 2200-12-31, found +999999999-12-31");
        assertThat(error("1899-12-31", Node::date)).contains("between 1900-01-01 and 2200-12-31");
        assertThat(error(999999999, n -> n.integer(Bounds.MIN_YEAR, Bounds.MAX_YEAR))).isEqualTo("x: must be between 1900 and 2200, found 999999999");
        List<java.time.LocalDate> out = new ArrayList<>();
        assertThat(read("2200-12-31", Node::date, out).hasErrors()).isFalse();
        assertThat(read("1900-01-01", Node::date, out).hasErrors()).isFalse();
    }

    @Test
    void scalarsAreReadAsWrittenByTextFields() {
        List<String> out = new ArrayList<>();
        read(new Scalar(8, "010"), Node::text, out);
        read(new Scalar(Boolean.FALSE, "NO"), Node::text, out);
        assertThat(out).containsExactly("010", "NO");
        List<Integer> ints = new ArrayList<>();
        read(new Scalar(8, "010"), n -> n.integer(0, 100), ints);
        assertThat(ints).containsExactly(8);
        List<Boolean> bools = new ArrayList<>();
        read(new Scalar(Boolean.FALSE, "NO"), Node::bool, bools);
        assertThat(bools).containsExactly(false);
    }

    @Test
    void longTextsAndListsAreRefused() {
        assertThat(error("x".repeat(Bounds.MAX_TEXT + 1), Node::text)).isEqualTo("x: a text of 10001 characters; at most 10000 are allowed");
        Problems p = new Problems();
        Node list = Node.root(Map.of("x", Collections.nCopies(Bounds.MAX_LIST + 1, 1)), p).get("x");
        assertThat(list.elements()).isEmpty();
        assertThat(p.errors().head().toString()).isEqualTo("x: lists 10001 elements; at most 10000 are allowed");
    }

    @Test
    void messagesQuoteInputBrieflyAndEscapeControlCharacters() {
        assertThat(Node.quote("a\u001B[31mb")).isEqualTo("\"a\\u001B[31mb\"");
        assertThat(Node.quote("x".repeat(500))).startsWith("\"xxxxx").endsWith("…\" (500 characters)").hasSizeLessThan(90);
        // A whole file read as text (a history's profile pointing at /etc/passwd) is never printed.
        var r = ProfileReader.read("root:x:0:0:root:/root:/bin/bash daemon:x:1:1");
        assertThat(r.result().getError().head().toString()).isEqualTo("expected a mapping, found plain text (is this a YAML or JSON file?)");
    }

    @Test
    void problemsAreCollectedInLinearTimeAndCapped() {
        Problems p = new Problems();
        for (int i = 0; i < 300_000; i++) {
            p.error("members[" + i + "].kind", "required field is missing");
        }
        assertThat(p.errors()).hasSize(Bounds.MAX_PROBLEMS + 1);
        assertThat(p.errors().last().message()).isEqualTo("… and 299000 more errors not listed (only the first 1000 are)");
        Problems twice = new Problems();
        twice.error("events[1].on", "a date is between 1900-01-01 and 2200-12-31, found +999999999-01-01");
        twice.error("events[1].on", "a date is between 1900-01-01 and 2200-12-31, found +999999999-01-01");
        assertThat(twice.errors()).as("the same problem at the same place is kept once").hasSize(1);
    }

    @Test
    void aProfileIsNotARegistry() {
        Map<String, Object> profile = Map.of("name", "x", "lead", "m1", "members", List.of());
        assertThat(RegistryReader.read(profile).result().getError().head().message())
                .isEqualTo("not a registry: it has neither consortia nor sanctions at the top level (it looks like a consortium profile)");
        assertThat(RegistryReader.read(Map.of("sanction", List.of())).result().getError().head().message())
                .isEqualTo("not a registry: it has neither consortia nor sanctions at the top level (found \"sanction\")");
        assertThat(RegistryReader.read(Map.of("sanctions", List.of())).result().isValid()).isTrue();
    }

    @Test
    void memberCountIsBounded() {
        Map<String, Object> m = Map.of("id", "m1", "name", "n", "kind", "ENTERPRISE", "registeredIn", "320505");
        Map<String, Object> profile = Map.of("name", "x", "lead", "m1", "members", Collections.nCopies(Bounds.MAX_MEMBERS + 1, m));
        assertThat(ProfileReader.read(profile).result().getError().map(Problem::toString))
                .containsExactly("members: lists 10001 members; at most 10000 are allowed");
    }
}
