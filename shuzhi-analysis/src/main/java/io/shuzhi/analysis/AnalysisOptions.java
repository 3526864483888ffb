package io.shuzhi.analysis;

/**
 * Options for one analysis. {@code reportYear} is the year reported on (e.g. 2014 for reports given in
 * December 2014, whose measures plan 2015); null means "read it from the text".
 */
public record AnalysisOptions(Integer reportYear) {

    private static final AnalysisOptions DEFAULTS = new AnalysisOptions(null);

    public static AnalysisOptions defaults() {
        return DEFAULTS;
    }

    public static AnalysisOptions reportYear(int year) {
        return new AnalysisOptions(year);
    }
}
