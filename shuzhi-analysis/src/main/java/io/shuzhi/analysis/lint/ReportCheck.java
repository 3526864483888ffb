package io.shuzhi.analysis.lint;

import java.util.List;

/** One review rule applied to one report. Implementations are immutable and thread-safe. */
interface ReportCheck {

    List<Finding> check(ReportContext report);
}
