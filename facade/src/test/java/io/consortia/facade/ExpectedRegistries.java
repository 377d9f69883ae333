package io.consortia.facade;

import io.consortia.kernel.registry.Registry;
import java.nio.file.Path;

/** The example registries, read through the facade. */
public final class ExpectedRegistries {

    private ExpectedRegistries() {}

    /** examples/registries/qingdao-bars.yaml. */
    public static Registry bars() {
        return Expected.registry(Path.of("examples/registries/qingdao-bars.yaml"));
    }
}
