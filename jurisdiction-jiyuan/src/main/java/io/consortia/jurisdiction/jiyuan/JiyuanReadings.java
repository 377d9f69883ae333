package io.consortia.jurisdiction.jiyuan;

import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.text.Text;

/**
 * The readings of the Jiyuan document that the kernel does not define (policy-catalog.md,
 * "Readings"). R1 is the kernel's {@link Reading#R1}.
 */
final class JiyuanReadings {

    private JiyuanReadings() {}

    /**
     * R4, 济源 J7 (三(二)2 “产业链上下游企业占比不低于50%”): which enterprises count as 上下游? The
     * text pairs “上下游” as a figure of speech for the whole chain (三(三)3 asks every enterprise
     * member to be “处于本产业领域产业链上下游环节”), so the default counts any chain position;
     * the alternative takes the words literally and leaves the midstream out.
     */
    static final Reading R4 = new Reading("R4",
            Text.of("济源 J7：哪些企业计为“产业链上下游企业”？",
                    "Jiyuan J7: which enterprises count as \"up- and downstream enterprises of the chain\"?"),
            "any", Text.of("处于产业链任一环节（上游、中游或下游）的企业均计入",
                    "an enterprise at any chain position (upstream, midstream or downstream) counts"),
            "updown", Text.of("仅计入处于产业链上游或下游的企业，中游企业不计入",
                    "only enterprises placed upstream or downstream count; the midstream does not"));
}
