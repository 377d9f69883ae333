package io.consortia.cli;

import io.consortia.cli.schema.Schemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code consortia schema profile|history|registry|assessment}: prints a bundled JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft 2020-12) of a format: profile, history, registry,",
                "or assessment (one line of assess --format json). The formats are described in docs/formats/."})
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(paramLabel = "FORMAT", description = "profile, history, registry or assessment.")
    Schemas.Kind kind;

    @Override
    public Integer call() {
        top.out.print(Schemas.text(kind));
        return 0;
    }
}
