package io.consortia.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.consortia.cli.render.ProfileJson;
import io.consortia.survey.Generator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consortia generate N}: the synthetic population that {@code survey --synthetic N} surveys,
 * as JSON Lines (one profile per line, in the profile format), written as it is generated: memory
 * stays flat for any N.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Write a synthetic population of N consortium profiles as JSON Lines (one profile per line).",
                "Deterministic: the same N, seed and options give the same lines; profile i depends only on the seed and i.",
                "The distributions are documented in docs/survey.md; `survey --synthetic N` surveys the same profiles."})
final class GenerateCommand implements Callable<Integer> {

    /** Generated text handed to the output in pieces of about this many characters. */
    private static final int PIECE = 1 << 16;

    @ParentCommand
    ConsortiaCommand top;

    @Parameters(paramLabel = "N", converter = PopulationArgs.Count.class, description = "How many profiles, e.g. 1000, 1_000_000 or 1e6.")
    long count;

    @Mixin
    PopulationArgs population;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output; FILE is replaced only when every line is written.")
    String output;

    @Mixin
    Progress.Option progress;

    @Override
    public Integer call() {
        Generator generator = population.generator(top.catalog());
        StringWriter buffer = new StringWriter(PIECE + (PIECE >> 2));
        try (Output out = Output.of(output, top.out);
             Progress bar = progress.start(top, "generate", count, output == null)) {
            JsonGenerator g = new JsonFactory().createGenerator(buffer);
            g.setRootValueSeparator(null);
            for (long i = 0; i < count; i++) {
                ProfileJson.write(g, generator.profile(i));
                g.writeRaw('\n');
                if (buffer.getBuffer().length() >= PIECE) {
                    g.flush();
                    out.write(buffer.toString());
                    buffer.getBuffer().setLength(0);
                    bar.stepTo(i + 1);
                }
            }
            g.flush();
            out.write(buffer.toString());
            out.commit();
            bar.stepTo(count);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to a StringWriter does not fail
        }
        return 0;
    }
}
