package io.shuzhi.registry;

import java.util.Optional;

public enum MemberStatus {
    PROBATIONARY("预备党员"), FULL("正式党员");

    public final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    static Optional<MemberStatus> fromLabel(String text) {
        for (MemberStatus s : values()) {
            if (s.label.equals(text) || s.name().equalsIgnoreCase(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
