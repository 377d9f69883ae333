package io.consortia.cli;

import io.consortia.cli.schema.Schemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code consortia schema profile|history|registry|assessment|record}: prints a bundled JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Print the JSON Schema (draft 2020-12) of a format.",
                "FORMAT is profile, history, registry, assessment (one line of assess --format json) or record (a decision record,",
                "one line of assess --format record); docs/formats/ describes them."})
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(paramLabel = "FORMAT", description = "profile, history, registry, assessment or record.")
    Schemas.Kind kind;

    @Override
    public Integer call() {
        top.out.print(Schemas.text(kind));
        return 0;
    }
}
