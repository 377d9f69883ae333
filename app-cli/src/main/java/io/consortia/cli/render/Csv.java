package io.consortia.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/**
 * CSV through Jackson's CSV module (RFC 4180 quoting, CRLF line ends), with an optional UTF-8
 * byte-order mark so that Excel opens Chinese text correctly (docs/adr/0013).
 */
public final class Csv {

    /** Quotes a cell only when it must (a comma, a quote, a line break), as RFC 4180 asks. */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private Csv() {}

    /** Rows of cells as CSV text; the first row is the header. */
    public static String write(List<List<String>> rows, boolean bom) {
        try {
            String body = MAPPER.writer(SCHEMA).writeValueAsString(rows);
            return bom ? "\uFEFF" + body : body;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
