package io.consortia.kernel.lifecycle;

import io.consortia.kernel.text.Text;
import java.util.EnumSet;
import java.util.Set;

/** The level of a project a consortium carries out (contract §4), highest first. */
public enum ProjectLevel {
    NATIONAL("国家级", "national"),
    PROVINCIAL("省级（自治区级）", "provincial"),
    MUNICIPAL("市级", "municipal"),
    DISTRICT("区县级", "district");

    private final Text label;

    ProjectLevel(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }

    /** This level and every level above it: {@code MUNICIPAL.andAbove()} is 市级及以上. */
    public Set<ProjectLevel> andAbove() {
        EnumSet<ProjectLevel> out = EnumSet.noneOf(ProjectLevel.class);
        for (ProjectLevel l : values()) {
            if (l.ordinal() <= ordinal()) {
                out.add(l);
            }
        }
        return Set.copyOf(out);
    }
}
