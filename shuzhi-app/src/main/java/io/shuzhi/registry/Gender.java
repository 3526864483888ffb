package io.shuzhi.registry;

import java.util.Optional;

public enum Gender {
    MALE("男"), FEMALE("女");

    /** The word used in exchange files (男/女). */
    public final String label;

    Gender(String label) {
        this.label = label;
    }

    static Optional<Gender> fromLabel(String text) {
        for (Gender g : values()) {
            if (g.label.equals(text) || g.name().equalsIgnoreCase(text)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
