package io.consortia.cli.launch;

import io.consortia.cli.Main;

/**
 * The entry point the {@code ./consortia} launcher names in its runtime image: {@code java -cp NONE
 * io.consortia.cli.launch.Launch ARGS}, the same command as {@link Main}. Started that way rather
 * than with {@code --module io.consortia.cli/…}, the JVM keeps using the module graph archived in
 * the image's class-data archive instead of resolving one (about 0.05 s of CPU at every start):
 * the JVM resolves every module of the image that exports a package, hence this one exported
 * package (ADR 0022).
 */
public final class Launch {

    private Launch() {}

    public static void main(String[] args) {
        Main.main(args);
    }
}
