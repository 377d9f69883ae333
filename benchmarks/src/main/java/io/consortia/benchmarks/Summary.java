package io.consortia.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns JMH's JSON result of {@link KernelVsBaselineBenchmark} into {@code summary.json}:
 * {@code {"baseline": {"opsPerSec": …}, "kernel": {"opsPerSec": …, "allocBytesPerOp": …},
 * "ratio": …, "targets": {…}}}. Usage: {@code java -cp benchmarks.jar io.consortia.benchmarks.Summary RESULT.json SUMMARY.json}.
 */
public final class Summary {

    private Summary() {}

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode results = mapper.readTree(Path.of(args[0]).toFile());
        ObjectNode out = mapper.createObjectNode();
        double kernelOps = 0;
        double baselineOps = 0;
        double alloc = Double.NaN;
        double baselineAlloc = Double.NaN;
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            double score = r.get("primaryMetric").get("score").asDouble();
            JsonNode norm = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
            if (name.endsWith("KernelVsBaselineBenchmark.kernel")) {
                kernelOps = score;
                alloc = norm.isMissingNode() ? Double.NaN : norm.asDouble();
            } else if (name.endsWith("KernelVsBaselineBenchmark.baseline")) {
                baselineOps = score;
                baselineAlloc = norm.isMissingNode() ? Double.NaN : norm.asDouble();
            }
        }
        ObjectNode baseline = out.putObject("baseline");
        baseline.put("opsPerSec", Math.round(baselineOps));
        baseline.put("allocBytesPerOp", Math.round(baselineAlloc));
        ObjectNode kernel = out.putObject("kernel");
        kernel.put("opsPerSec", Math.round(kernelOps));
        kernel.put("allocBytesPerOp", Math.round(alloc));
        double ratio = baselineOps == 0 ? 0 : kernelOps / baselineOps;
        out.put("kernelToBaseline", Math.round(ratio * 1000) / 1000.0);
        ObjectNode targets = out.putObject("targets");
        targets.put("kernelToBaselineAtLeast", 1.0 / 3);
        targets.put("allocBytesPerOpAtMost", 2500);
        targets.put("met", ratio >= 1.0 / 3 && alloc <= 2500);
        out.put("operation", "one profile assessed in all five jurisdictions (4-30 members, 10,000 synthetic profiles, seed 20250601)");
        Path target = Path.of(args[1]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        String text = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        Files.writeString(target, text + "\n");
        System.out.println(text);
    }
}
