package io.shuzhi.rectification;

public enum Severity {
    LOW, MEDIUM, HIGH
}
