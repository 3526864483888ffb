package io.shuzhi.analysis.lint;

import java.util.function.IntUnaryOperator;

/**
 * One proof-reading or review remark: the rule, how serious, a Chinese message, the text it is about
 * (verbatim, at [start, end)), and a suggested replacement ("" means delete) or null.
 */
public record Finding(FindingRule rule, Severity severity, String message, String text, String fix, int start, int end) {

    public Finding remap(IntUnaryOperator offset) {
        return new Finding(rule, severity, message, text, fix, offset.applyAsInt(start), offset.applyAsInt(end));
    }
}
