package io.consortia.tck.samples.literal;

import io.consortia.kernel.jurisdiction.EditionSetup;
import io.consortia.kernel.parameter.Param;
import io.consortia.tck.samples.Sampleland;

/** A threshold kept in a variable outside its declaration: the source check must name the line. */
public final class LiteralThreshold extends Sampleland {
    @Override
    protected Param<Integer> members(EditionSetup e) {
        int minimum = 3;
        return e.count("S1.minimum", minimum).cites("第一条", "成员单位不少于3个").means("成员单位最少数量", "minimum member units");
    }
}
