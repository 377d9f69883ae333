package io.consortia.io.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.consortia.kernel.code.CreditCode;
import io.consortia.kernel.code.DivisionCode;
import io.consortia.kernel.input.Bounds;
import io.consortia.kernel.profile.Attestation;
import io.consortia.kernel.profile.ChainPosition;
import io.consortia.kernel.profile.FactKey;
import io.consortia.kernel.profile.FiscalYear;
import io.consortia.kernel.profile.GovernanceItem;
import io.consortia.kernel.profile.ImmutableMember;
import io.consortia.kernel.profile.ImmutableProfile;
import io.consortia.kernel.profile.Member;
import io.consortia.kernel.profile.Platform;
import io.consortia.kernel.profile.PlatformLevel;
import io.consortia.kernel.profile.PlatformType;
import io.consortia.kernel.profile.Profile;
import io.consortia.kernel.profile.ProfileReader;
import io.consortia.kernel.profile.Trait;
import io.consortia.kernel.profile.UnitKind;
import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The fast way to read a profile from one line of JSON, for populations of millions: straight
 * from the parser's tokens into the profile, without the tree of {@link TreeFile} and the walk of
 * {@link ProfileReader}, which cost several times the survey of the profile.
 *
 * <p>It takes only what is plainly valid and says nothing: for a line that the tree and {@code
 * ProfileReader.read(tree)} (no own facts known) read without a problem or a warning, it gives the
 * same profile; for anything else (a problem, an unknown field, an own fact, a number where text
 * is expected, which the tree would accept as text) it gives nothing, and the caller reads the line
 * through the tree, whose messages name the file, the line and the path. It is never the one that
 * decides that a line is bad. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class ProfileLine {

    private ProfileLine() {}

    /** Thrown inside the reader when the line is not plainly valid (no stack trace: it is not an error). */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    // The fields of the profile format as ProfileReader knows them; any other is a warning there.
    private static final int P_NAME = 0;
    private static final int P_FIELD = 1;
    private static final int P_APPLIED_ON = 2;
    private static final int P_LEAD = 3;
    private static final int P_GOVERNANCE = 4;
    private static final int P_FACTS = 5;
    private static final int P_MEMBERS = 6;
    private static final Keys PROFILE_KEYS = new Keys(keys("name", "field", "appliedOn", "lead", "governance", "facts", "members"));

    private static final int M_ID = 0;
    private static final int M_NAME = 1;
    private static final int M_CREDIT_CODE = 2;
    private static final int M_KIND = 3;
    private static final int M_REGISTERED_IN = 4;
    private static final int M_STATIONED_IN = 5;
    private static final int M_CHAIN_POSITION = 6;
    private static final int M_ONGOING_RD_PROJECTS = 7;
    private static final int M_PLATFORMS = 8;
    private static final int M_FINANCES = 9;
    private static final int M_ATTESTED = 10;
    private static final int M_FACTS = 11;
    /** The traits follow, in {@link Trait} order. */
    private static final int M_TRAIT = 12;
    private static final Trait[] TRAITS = Trait.values();
    private static final Keys MEMBER_KEYS = new Keys(memberKeys());

    private static final Keys PLATFORM_KEYS = new Keys(keys("name", "level", "type"));
    private static final Keys FINANCE_KEYS = new Keys(keys("year", "revenue", "rdExpense"));

    /** The yes/no facts by their keys in the format, as {@link FactKey#byKey} knows them (by ordinal). */
    private static final GovernanceItem[] GOVERNANCE_ITEMS = GovernanceItem.values();
    private static final Keys GOVERNANCE = new Keys(byKey(GOVERNANCE_ITEMS));
    private static final Attestation[] ATTESTATIONS = Attestation.values();
    private static final Keys ATTESTATION_KEYS = new Keys(byKey(ATTESTATIONS));
    private static final UnitKind[] KINDS = UnitKind.values();
    private static final ChainPosition[] POSITIONS = ChainPosition.values();
    private static final PlatformLevel[] LEVELS = PlatformLevel.values();
    private static final PlatformType[] TYPES = PlatformType.values();

    private static Map<String, Integer> keys(String... names) {
        Map<String, Integer> out = new HashMap<>();
        for (String n : names) {
            out.put(n, out.size());
        }
        return Map.copyOf(out);
    }

    private static <K extends Enum<K> & FactKey> Map<String, Integer> byKey(K[] constants) {
        Map<String, Integer> out = new HashMap<>();
        for (K k : constants) {
            out.put(k.key(), k.ordinal());
        }
        return Map.copyOf(out);
    }

    /**
     * The fields of one kind of object: their indexes by name, and the names as Jackson matches
     * them in the input without looking them up ({@link JsonParser#nextFieldName(
     * com.fasterxml.jackson.core.SerializableString)}), which a {@link Guesses} uses.
     */
    private static final class Keys {
        /** Every kind of object, each at its place in a thread's {@link Guesses}. */
        static final List<Keys> ALL = new ArrayList<>();

        final Map<String, Integer> index;
        final SerializedString[] names;
        final int kind;

        Keys(Map<String, Integer> index) {
            this.index = index;
            this.names = new SerializedString[index.size()];
            index.forEach((name, k) -> names[k] = new SerializedString(name));
            this.kind = ALL.size();
            ALL.add(this);
        }
    }

    /**
     * One thread's guesses of the fields: for each field of each kind of object, the one that
     * followed it most often. Lines written by one program put their fields in one order, so the
     * guess is mostly right and the name is then a comparison of bytes (looking names up was a
     * quarter of the reading). Where an optional field comes and goes, a guess is changed only
     * when it has missed more often than it hit since it was made (a counter to three, as a
     * branch predictor's): of the fields of generated lines it guesses 88% where "the one that
     * followed last time" guessed 84%. Each thread has its own, so that surveying threads never
     * write to memory another one reads.
     */
    private static final class Guesses {
        private static final byte SURE = 3;
        /** {@code next[kind][k + 1]}: the field guessed to follow field {@code k} (and {@code [0]} the first). */
        final int[][] next = new int[Keys.ALL.size()][];
        /** {@code sure[kind][k + 1]}: how sure that guess is, 1 to {@link #SURE} (0: no guess yet). */
        final byte[][] sure = new byte[Keys.ALL.size()][];

        Guesses() {
            for (Keys keys : Keys.ALL) {
                next[keys.kind] = new int[keys.names.length + 1];
                sure[keys.kind] = new byte[keys.names.length + 1];
            }
        }

        /** The guess after field {@code last} was right. */
        void hit(byte[] sure, int last) {
            if (sure[last + 1] < SURE) {
                sure[last + 1]++;
            }
        }

        /** The guess after field {@code last} was wrong: field {@code k} came. */
        void missed(int[] next, byte[] sure, int last, int k) {
            if (sure[last + 1] > 1) {
                sure[last + 1]--;
            } else {
                next[last + 1] = k;
                sure[last + 1] = 1;
            }
        }
    }

    private static final ThreadLocal<Guesses> GUESSES = ThreadLocal.withInitial(Guesses::new);

    private static Map<String, Integer> memberKeys() {
        Map<String, Integer> out = new HashMap<>(keys("id", "name", "creditCode", "kind", "registeredIn", "stationedIn", "chainPosition",
                "ongoingRdProjects", "platforms", "finances", "attested", "facts"));
        for (Trait t : TRAITS) {
            out.put(t.key(), M_TRAIT + t.ordinal());
        }
        return Map.copyOf(out);
    }

    /**
     * The profile of a JSON line (UTF-8 bytes), when the line is plainly valid.
     *
     * @return empty when the line is anything else: read it with {@link TreeFile#parseLine} and
     *     {@link ProfileReader} to learn what is wrong with it
     */
    public static Optional<Profile> read(byte[] bytes, int offset, int length, InputLimits limits) {
        if (length > limits.maxBytes()) {
            return Optional.empty();
        }
        try (JsonParser p = limits.json().createParser(bytes, offset, length)) {
            Reader r = new Reader(p);
            Profile profile = r.profile();
            return p.nextToken() == null ? Optional.of(profile) : Optional.empty();
        } catch (NotPlain | IOException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            // A value the kernel's builders refuse (or the parser's number conversions): the
            // tree's reading says what it is.
            return Optional.empty();
        }
    }

    /** One line's reading: the parser and the count of values (held to {@link InputLimits#MAX_VALUES}, as the tree is). */
    private static final class Reader {
        private final JsonParser p;
        private final Guesses guesses = GUESSES.get();
        private int values;

        Reader(JsonParser p) {
            this.p = p;
        }

        /** The next token, a value: counted. */
        private JsonToken value() throws IOException {
            JsonToken t = p.nextToken();
            if (++values > InputLimits.MAX_VALUES) {
                throw NOT_PLAIN;
            }
            return t;
        }

        /**
         * The index of the next field of an object, after field {@code last} (-1 at the start),
         * or -1 at the object's end; a field already in {@code seen} is a duplicate.
         */
        private int field(Keys keys, int last, long seen) throws IOException {
            int[] next = guesses.next[keys.kind];
            byte[] sure = guesses.sure[keys.kind];
            int guess = next[last + 1];
            int k;
            if (p.nextFieldName(keys.names[guess])) {
                k = guess;
                guesses.hit(sure, last);
            } else {
                JsonToken t = p.currentToken();
                if (t == JsonToken.END_OBJECT) {
                    return -1;
                }
                if (t != JsonToken.FIELD_NAME) {
                    throw NOT_PLAIN;
                }
                Integer found = keys.index.get(p.currentName());
                if (found == null) {
                    throw NOT_PLAIN; // an unknown field (a warning)
                }
                k = found;
                guesses.missed(next, sure, last, k);
            }
            if ((seen & (1L << k)) != 0) {
                throw NOT_PLAIN; // a duplicate key (an error)
            }
            return k;
        }

        Profile profile() throws IOException {
            if (value() != JsonToken.START_OBJECT) {
                throw NOT_PLAIN;
            }
            ImmutableProfile.Builder b = ImmutableProfile.builder();
            long seen = 0;
            String lead = null;
            Set<String> ids = null;
            for (int k = -1; (k = field(PROFILE_KEYS, k, seen)) >= 0; ) {
                seen |= 1L << k;
                JsonToken t = value();
                switch (k) {
                    case P_NAME -> b.name(nonBlank(t));
                    case P_FIELD -> {
                        if (t != JsonToken.VALUE_NULL) {
                            b.field(nonBlank(t));
                        }
                    }
                    case P_APPLIED_ON -> {
                        if (t != JsonToken.VALUE_NULL) {
                            b.appliedOn(date(t));
                        }
                    }
                    case P_LEAD -> lead = nonBlank(t);
                    case P_GOVERNANCE -> facts(t, GOVERNANCE, GOVERNANCE_ITEMS, b::putGovernance);
                    case P_FACTS -> nothing(t);
                    default -> ids = members(t, b);
                }
            }
            // name, lead and members are required; the lead is one of the members.
            if ((seen & (1L << P_NAME)) == 0 || lead == null || ids == null || !ids.contains(lead)) {
                throw NOT_PLAIN;
            }
            return b.leadId(lead).build();
        }

        /** The members (at least one), added to the builder; their ids. */
        private Set<String> members(JsonToken t, ImmutableProfile.Builder b) throws IOException {
            Set<String> ids = new HashSet<>();
            Set<CreditCode> codes = new HashSet<>();
            int n = elements(t, Bounds.MAX_MEMBERS, m -> {
                Member member = member(m);
                if (!ids.add(member.id())
                        || member.creditCode().isPresent() && !codes.add(member.creditCode().get())) {
                    throw NOT_PLAIN; // an id or a credit code given twice
                }
                b.addMembers(member);
            });
            if (n == 0) {
                throw NOT_PLAIN;
            }
            return ids;
        }

        private Member member(JsonToken t) throws IOException {
            if (t != JsonToken.START_OBJECT) {
                throw NOT_PLAIN;
            }
            ImmutableMember.Builder b = ImmutableMember.builder();
            long seen = 0;
            int required = 0;
            for (int k = -1; (k = field(MEMBER_KEYS, k, seen)) >= 0; ) {
                seen |= 1L << k;
                JsonToken v = value();
                if (k >= M_TRAIT) {
                    Boolean x = bool(v);
                    if (x != null) {
                        b.putTraits(TRAITS[k - M_TRAIT], x);
                    }
                    continue;
                }
                switch (k) {
                    case M_ID -> {
                        b.id(nonBlank(v));
                        required++;
                    }
                    case M_NAME -> {
                        b.name(nonBlank(v));
                        required++;
                    }
                    case M_KIND -> {
                        b.kind(constant(v, KINDS));
                        required++;
                    }
                    case M_REGISTERED_IN -> {
                        b.registeredIn(parsed(v, DivisionCode::parse));
                        required++;
                    }
                    case M_CREDIT_CODE -> {
                        if (v != JsonToken.VALUE_NULL) {
                            b.creditCode(parsed(v, CreditCode::parse));
                        }
                    }
                    case M_STATIONED_IN -> elements(v, Bounds.MAX_LIST, s -> b.addStationedIn(parsed(s, DivisionCode::parse)));
                    case M_CHAIN_POSITION -> {
                        if (v != JsonToken.VALUE_NULL) {
                            b.chainPosition(constant(v, POSITIONS));
                        }
                    }
                    case M_ONGOING_RD_PROJECTS -> {
                        if (v != JsonToken.VALUE_NULL) {
                            b.ongoingRdProjects(integer(v, 0, Integer.MAX_VALUE));
                        }
                    }
                    case M_PLATFORMS -> elements(v, Bounds.MAX_LIST, e -> b.addPlatforms(platform(e)));
                    case M_FINANCES -> {
                        Set<Integer> years = new HashSet<>();
                        elements(v, Bounds.MAX_LIST, e -> {
                            FiscalYear y = fiscalYear(e);
                            if (!years.add(y.year())) {
                                throw NOT_PLAIN; // a year given twice
                            }
                            b.putFinances(y.year(), y);
                        });
                    }
                    case M_ATTESTED -> facts(v, ATTESTATION_KEYS, ATTESTATIONS, b::putAttested);
                    default -> nothing(v);
                }
            }
            if (required != 4) {
                throw NOT_PLAIN;
            }
            return b.build();
        }

        private Platform platform(JsonToken t) throws IOException {
            if (t != JsonToken.START_OBJECT) {
                throw NOT_PLAIN;
            }
            long seen = 0;
            String name = "";
            PlatformLevel level = null;
            Optional<PlatformType> type = Optional.empty();
            for (int k = -1; (k = field(PLATFORM_KEYS, k, seen)) >= 0; ) {
                seen |= 1L << k;
                JsonToken v = value();
                if (k == 0) {
                    // The name is taken as written (not trimmed), and may be blank or absent.
                    name = v == JsonToken.VALUE_NULL ? "" : text(v);
                } else if (k == 1) {
                    level = constant(v, LEVELS);
                } else if (v != JsonToken.VALUE_NULL) {
                    type = Optional.of(constant(v, TYPES));
                }
            }
            if (level == null) {
                throw NOT_PLAIN;
            }
            return new Platform(name, level, type);
        }

        private FiscalYear fiscalYear(JsonToken t) throws IOException {
            if (t != JsonToken.START_OBJECT) {
                throw NOT_PLAIN;
            }
            long seen = 0;
            int year = -1;
            Optional<BigDecimal> revenue = Optional.empty();
            Optional<BigDecimal> rd = Optional.empty();
            for (int k = -1; (k = field(FINANCE_KEYS, k, seen)) >= 0; ) {
                seen |= 1L << k;
                JsonToken v = value();
                if (k == 0) {
                    year = integer(v, Bounds.MIN_YEAR, Bounds.MAX_YEAR);
                } else if (v != JsonToken.VALUE_NULL) {
                    if (k == 1) {
                        revenue = Optional.of(amount(v));
                    } else {
                        rd = Optional.of(amount(v));
                    }
                }
            }
            if (year < 0) {
                throw NOT_PLAIN;
            }
            return new FiscalYear(year, revenue, rd);
        }

        /** A mapping of yes/no facts by their keys (absent or null: none). */
        private <K extends Enum<K> & FactKey> void facts(JsonToken t, Keys keys, K[] constants, java.util.function.BiConsumer<K, Boolean> put)
                throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                throw NOT_PLAIN;
            }
            long seen = 0;
            for (int k = -1; (k = field(keys, k, seen)) >= 0; ) {
                seen |= 1L << k;
                Boolean v = bool(value());
                if (v != null) {
                    put.accept(constants[k], v);
                }
            }
        }

        /** Own facts: none known here, so only an empty mapping (or none) is plain. */
        private void nothing(JsonToken t) throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return;
            }
            if (t != JsonToken.START_OBJECT || p.nextToken() != JsonToken.END_OBJECT) {
                throw NOT_PLAIN;
            }
        }

        /** What is done with each element of a list. */
        @FunctionalInterface
        private interface Element {
            void read(JsonToken t) throws IOException;
        }

        /**
         * The elements of a list (null: none), at most {@code max}, each read in turn; how many
         * there were.
         */
        private int elements(JsonToken t, int max, Element each) throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return 0;
            }
            if (t != JsonToken.START_ARRAY) {
                throw NOT_PLAIN;
            }
            int n = 0;
            for (JsonToken e; (e = value()) != JsonToken.END_ARRAY; ) {
                if (++n > max) {
                    throw NOT_PLAIN;
                }
                each.read(e);
            }
            return n;
        }

        /** A text value within the bound, as written. */
        private String text(JsonToken t) throws IOException {
            if (t != JsonToken.VALUE_STRING) {
                throw NOT_PLAIN;
            }
            String s = p.getText();
            if (s.length() > Bounds.MAX_TEXT) {
                throw NOT_PLAIN;
            }
            return s;
        }

        private String nonBlank(JsonToken t) throws IOException {
            String s = text(t);
            if (s.isBlank()) {
                throw NOT_PLAIN;
            }
            return s.strip();
        }

        private <E extends Enum<E>> E constant(JsonToken t, E[] constants) throws IOException {
            String s = text(t).strip();
            for (E e : constants) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            throw NOT_PLAIN;
        }

        private <T> T parsed(JsonToken t, Function<String, Either<String, T>> parser) throws IOException {
            Either<String, T> r = parser.apply(text(t).strip());
            if (r.isLeft()) {
                throw NOT_PLAIN;
            }
            return r.get();
        }

        private LocalDate date(JsonToken t) throws IOException {
            String s = text(t).strip();
            LocalDate d;
            try {
                d = isoDigits(s) ? LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10)) : LocalDate.parse(s);
            } catch (DateTimeException e) { // DateTimeParseException too
                throw NOT_PLAIN;
            }
            if (!Bounds.plausibleYear(d.getYear())) {
                throw NOT_PLAIN;
            }
            return d;
        }

        /**
         * Whether a text is a date as {@code 2025-06-01} (ASCII digits), which {@link LocalDate#of}
         * reads as {@link LocalDate#parse} does (and refuses, a day the month has not, as it does),
         * without the general parser's cost.
         */
        private static boolean isoDigits(String s) {
            if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                return false;
            }
            for (int i = 0; i < 10; i++) {
                char c = s.charAt(i);
                if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                    return false;
                }
            }
            return true;
        }

        private static int number(String s, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                n = n * 10 + (s.charAt(i) - '0');
            }
            return n;
        }

        /** True, false, or null for a null (not stated). */
        private static Boolean bool(JsonToken t) {
            if (t == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (t == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            throw NOT_PLAIN;
        }

        /** A whole number within bounds, as the tree holds it (Integer, Long or BigInteger). */
        private int integer(JsonToken t, int min, int max) throws IOException {
            if (t != JsonToken.VALUE_NUMBER_INT) {
                throw NOT_PLAIN;
            }
            JsonParser.NumberType type = p.getNumberType();
            if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
                throw NOT_PLAIN; // beyond a long, so beyond the bounds
            }
            long n = p.getLongValue();
            if (n < min || n > max) {
                throw NOT_PLAIN;
            }
            return (int) n;
        }

        /** An amount in yuan, as the tree and {@code Node.amount} make it, within the bounds. */
        private BigDecimal amount(JsonToken t) throws IOException {
            BigDecimal d;
            if (t == JsonToken.VALUE_NUMBER_INT) {
                JsonParser.NumberType type = p.getNumberType();
                d = type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG
                        ? BigDecimal.valueOf(p.getLongValue())
                        : new BigDecimal(p.getBigIntegerValue());
            } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                d = p.getDecimalValue();
            } else {
                throw NOT_PLAIN;
            }
            if (d.signum() < 0 || d.abs().compareTo(Bounds.MAX_AMOUNT) > 0
                    || d.scale() > Bounds.MAX_DECIMALS && d.stripTrailingZeros().scale() > Bounds.MAX_DECIMALS) {
                throw NOT_PLAIN;
            }
            return d;
        }
    }
}
