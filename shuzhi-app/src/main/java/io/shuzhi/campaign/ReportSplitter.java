package io.shuzhi.campaign;

import java.util.List;

/**
 * Splits the paragraphs of an uploaded report into its sections. {@link HeadingReportSplitter} is the plain
 * heading-based fallback; the report-analysis library can replace it by providing another bean of this type
 * (mark it {@code @Primary}).
 */
public interface ReportSplitter {

    ReportContent split(List<String> paragraphs);
}
