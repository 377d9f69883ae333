package io.consortia.cli;

import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.source.DocumentStatus;
import java.util.stream.Collectors;

/** Short human descriptions shared by the commands. */
final class Describe {
    private Describe() {}

    static String date(Document d) {
        return d.issued().map(Object::toString).orElse("undated");
    }

    static String status(Document d) {
        return d.statusList().stream().map(DocumentStatus::name).collect(Collectors.joining("+"));
    }

    static String document(Document d) {
        return "《" + d.title().zh() + "》" + d.number().map(n -> " " + n).orElse("") + ", " + date(d) + ", " + status(d);
    }

    static String target(Edition e) {
        return e.outline().target().map(t -> t.describeEn()).orElse("none stated");
    }
}
