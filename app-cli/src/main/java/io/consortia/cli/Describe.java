package io.consortia.cli;

import io.consortia.cli.render.Notes;
import io.consortia.cli.render.Page;
import io.consortia.kernel.jurisdiction.Edition;
import io.consortia.kernel.jurisdiction.Route;
import io.consortia.kernel.source.Document;
import io.consortia.kernel.source.DocumentStatus;
import io.consortia.plugins.JurisdictionLoader;
import java.util.stream.Collectors;

/** Short human descriptions shared by the commands, in the page's language(s). */
final class Describe {
    private Describe() {}

    static String date(Document d, Page page) {
        return d.issued().map(Object::toString).orElse(page.of("未注明日期", "undated"));
    }

    /** The status codes: IN_FORCE, DRAFT+TRIAL. */
    static String status(Document d) {
        return d.statusList().stream().map(DocumentStatus::name).collect(Collectors.joining("+"));
    }

    static String document(Document d, Page page) {
        return Notes.title(d.title(), page) + d.number().map(n -> " " + n).orElse("") + ", " + date(d, page) + ", " + status(d);
    }

    static String target(Edition e, Page page) {
        return e.outline().target().map(t -> page.of(t.describeZh(), t.describeEn())).orElse(page.of("未提出", "none stated"));
    }

    /** How consortia are formed and who starts them: "approval, mixed". */
    static String route(Route route, Page page) {
        return page.of(route.formation().label().zh() + "，" + route.initiative().label().zh(),
                route.formation().label().en() + ", " + route.initiative().label().en());
    }

    /** Where a jurisdiction came from: bundled (x.jar), plug-in /path/x.jar, module path. */
    static String source(JurisdictionLoader.Found f, Page page) {
        return switch (f.kind()) {
            case MODULE_PATH -> page.of("模块路径", "module path");
            case IMAGE -> {
                String module = f.provider().getClass().getModule().getDescriptor().toNameAndVersion();
                yield page.of("随附（" + module + "，在运行时映像中）", "bundled (" + module + " in the runtime image)");
            }
            case CLASS_PATH -> page.of("类路径", "class path");
            case BUNDLED -> page.of("随附", "bundled") + " (" + f.jar().orElseThrow().getFileName() + ")";
            case PLUGIN -> page.of("插件", "plug-in") + " " + f.jar().orElseThrow();
        };
    }
}
