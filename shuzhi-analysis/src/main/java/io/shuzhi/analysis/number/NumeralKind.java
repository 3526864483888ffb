package io.shuzhi.analysis.number;

/** What kind of numeral was written: a plain number, a percentage, a fraction (N分之M) or a range (2-3, 两三, 五六十). */
public enum NumeralKind {
    NUMBER, PERCENT, FRACTION, RANGE
}
