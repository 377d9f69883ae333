package io.consortia.jurisdiction.qingdao;

import io.consortia.kernel.reading.Reading;
import io.consortia.kernel.text.Text;

/** The readings of policy-catalog.md that only Qingdao's rules consult. */
final class QingdaoReadings {

    private QingdaoReadings() {}

    /**
     * R5, for Q2 (三(二) "每个创新联合体联动产业链上下游企业原则上不少于3家"): does the lead count among the
     * three chain enterprises? Default no: the lead "links up" (联动) the others, so it is not one
     * of them; alternative yes: the lead is itself an enterprise of the chain and counts.
     */
    static final Reading R5 = new Reading("R5",
            Text.of("青岛 Q2：牵头企业是否计入“产业链上下游企业原则上不少于3家”？",
                    "Qingdao Q2: does the lead count among the \"at least 3 up- and downstream enterprises of the chain\"?"),
            "no", Text.of("不计入：只计牵头单位以外的产业链企业", "the lead does not count: only chain enterprises other than the lead"),
            "yes", Text.of("计入：牵头企业本身处于产业链上的，也计入3家之内",
                    "the lead counts too, when it is itself an enterprise placed in the chain"));
}
