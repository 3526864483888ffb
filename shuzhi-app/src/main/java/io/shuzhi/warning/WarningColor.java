package io.shuzhi.warning;

/** In ascending severity: a later colour is an escalation. */
public enum WarningColor {
    BLUE, YELLOW, RED;

    public boolean isWorseThan(WarningColor other) {
        return other == null || compareTo(other) > 0;
    }
}
