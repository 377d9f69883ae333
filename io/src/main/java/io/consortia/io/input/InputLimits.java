package io.consortia.io.input;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * How much of an input is read, and the parsers configured to the same limits for YAML and JSON.
 * The size limit (the command's {@code --max-input-bytes}) is checked while reading: never more
 * than the limit and one byte is read. The others are fixed; docs/cli-limits.md lists them all.
 * Immutable and thread-safe (Jackson's factories are).
 *
 * @since 0.1
 */
public final class InputLimits {

    /** The default size limit: 16 MiB. */
    public static final long DEFAULT_MAX_BYTES = 16L << 20;
    /** The largest size limit {@code --max-input-bytes} accepts: 1 GiB. */
    public static final long MAX_MAX_BYTES = 1L << 30;
    /** How deeply mappings and lists may nest (a profile needs 5 levels). */
    public static final int MAX_DEPTH = 64;
    /** The most values (scalars, mappings and lists) one document may hold. */
    public static final int MAX_VALUES = 1_000_000;
    /**
     * The longest line of a YAML file, in characters. SnakeYAML's scanner copies its window for
     * every 1,024 characters of a token, which is quadratic in a token's length (a 10 MB comment
     * line took 51 s); lines of at most 64 Ki characters keep a 16 MiB file under a second. JSON
     * has no such limit (Jackson's JSON parser is linear).
     */
    public static final int MAX_YAML_LINE = 65_536;
    /** The longest number, in digits (Jackson's default, for both formats). */
    public static final int MAX_NUMBER_LENGTH = 1_000;

    /** The limits with the default size. */
    public static final InputLimits DEFAULT = new InputLimits(DEFAULT_MAX_BYTES);

    private final long maxBytes;
    private final JsonFactory json;
    private final YAMLFactory yaml;
    private final String advice;

    private InputLimits(InputLimits limits, String advice) {
        this.maxBytes = limits.maxBytes;
        this.json = limits.json;
        this.yaml = limits.yaml;
        this.advice = advice;
    }

    private InputLimits(long maxBytes) {
        this.maxBytes = maxBytes;
        this.advice = "";
        int size = (int) Math.min(Integer.MAX_VALUE, maxBytes);
        // One set of constraints for both parsers: the same size, depth and number limits.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(maxBytes)
                .maxStringLength(size)
                .maxNameLength(size)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNestingDepth(MAX_DEPTH)
                .build();
        // Parser messages quote at most a short token and never the surrounding content.
        ErrorReportConfiguration errors = ErrorReportConfiguration.builder().maxErrorTokenLength(32).maxRawContentLength(0).build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints).errorReportConfiguration(errors).build();
        LoaderOptions yamlOptions = new LoaderOptions();
        yamlOptions.setCodePointLimit(size);
        yamlOptions.setNestingDepthLimit(MAX_DEPTH);
        // YAML's empty value (`field:`) is null, as in YAML itself and in `new YAMLFactory()`; the
        // builder leaves EMPTY_STRING_AS_NULL off, which would read it as "" (not as absent).
        this.yaml = YAMLFactory.builder().loaderOptions(yamlOptions).streamReadConstraints(constraints).errorReportConfiguration(errors)
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
    }

    /**
     * Limits with another size limit.
     *
     * @throws IllegalArgumentException when the size is below 1 or above {@link #MAX_MAX_BYTES}
     */
    public static InputLimits ofMaxBytes(long maxBytes) {
        if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES) {
            throw new IllegalArgumentException("must be between 1 and " + MAX_MAX_BYTES + " bytes (1 GiB)");
        }
        return maxBytes == DEFAULT_MAX_BYTES ? DEFAULT : new InputLimits(maxBytes);
    }

    /**
     * Parses a size: a number of bytes, optionally with a binary suffix {@code K}, {@code M} or
     * {@code G} (also {@code KiB}, {@code MiB}, {@code GiB}): {@code 16M}, {@code 512KiB}, {@code 1048576}.
     *
     * @throws IllegalArgumentException with a message saying what a size looks like
     */
    public static long parseSize(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        int shift = 0;
        for (String[] unit : new String[][] {{"KIB", "10"}, {"MIB", "20"}, {"GIB", "30"}, {"K", "10"}, {"M", "20"}, {"G", "30"}}) {
            if (t.endsWith(unit[0])) {
                shift = Integer.parseInt(unit[1]);
                t = t.substring(0, t.length() - unit[0].length()).strip();
                break;
            }
        }
        if (t.isEmpty() || t.length() > 10 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("'" + text + "' is not a size like 16M, 512K or 1048576");
        }
        long n = Long.parseLong(t);
        if (n > (MAX_MAX_BYTES >> shift)) {
            throw new IllegalArgumentException("'" + text + "' is more than the largest limit, 1 GiB");
        }
        return n << shift;
    }

    /**
     * The same limits, with advice added to the message about an input that is too large (the
     * command's: {@code "raise it with --max-input-bytes"}).
     */
    public InputLimits advising(String howToRaise) {
        return new InputLimits(this, "; " + howToRaise);
    }

    /** What the message about an input that is too large adds: empty, or {@code "; advice"}. */
    String advice() {
        return advice;
    }

    /** The most bytes a file or standard input may hold. */
    public long maxBytes() {
        return maxBytes;
    }

    JsonFactory json() {
        return json;
    }

    YAMLFactory yaml() {
        return yaml;
    }

    /** The size limit as a person reads it: {@code 16 MiB (16777216 bytes)}. */
    public String describeMaxBytes() {
        String human = maxBytes % (1L << 30) == 0 ? (maxBytes >> 30) + " GiB"
                : maxBytes % (1L << 20) == 0 ? (maxBytes >> 20) + " MiB"
                : maxBytes % (1L << 10) == 0 ? (maxBytes >> 10) + " KiB" : null;
        return human == null ? maxBytes + " bytes" : human + " (" + maxBytes + " bytes)";
    }
}
