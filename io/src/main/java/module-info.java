/**
 * The formats at the edge, shared by every host of the kernel (the command, the embedding facade,
 * the HTTP server): YAML and JSON inputs read into the kernel's values within limits, every
 * problem named with its file, line and path ({@code io.consortia.io.input}); the JSON forms of
 * kernel values, one shape for every output ({@code io.consortia.io.json}). The kernel does not
 * depend on it.
 */
module io.consortia.io {
    requires transitive io.consortia.kernel;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml; // LoaderOptions: the YAML parser's limits, set to the JSON parser's (InputLimits)

    exports io.consortia.io.input;
    exports io.consortia.io.canonical;
    exports io.consortia.io.json;
}
