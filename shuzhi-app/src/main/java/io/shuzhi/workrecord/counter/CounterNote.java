package io.shuzhi.workrecord.counter;

import io.shuzhi.workrecord.Counter;
import io.shuzhi.workrecord.summary.ActivityFilter;

import java.math.BigDecimal;

/** The Chinese note attached to automatic progress, so a reader of the commitment sees where the number came from. */
final class CounterNote {

    private CounterNote() {
    }

    static String of(Counter counter, ActivityFilter filter, BigDecimal value) {
        return "据工作记录自动统计（" + label(counter) + "，" + filter.from() + "至" + filter.to() + "）："
                + value.stripTrailingZeros().toPlainString() + counter.unit();
    }

    static String label(Counter counter) {
        return switch (counter) {
            case FIELD_VISITS -> "调研督办次数";
            case ORGANIZATIONS_VISITED -> "到基层党组织数";
            case VILLAGES_VISITED -> "到村调研个数";
            case SUPERVISION_VISITS -> "督办次数";
            case SUPERVISION_VISITS_PER_TOWNSHIP -> "每个乡镇最少督办次数";
            case FIELD_DAYS -> "到基层天数";
            case FIELD_DAYS_PER_MONTH -> "每月最少到基层天数";
            case MEETINGS -> "专题研究党建会议次数";
            case KEY_CHALLENGES_SOLVED -> "破解党建难题个数";
            case TALKS -> "谈心谈话次数";
            case TRAINING_COVERAGE -> "培训覆盖率";
            case PROXY_SERVICES -> "代办服务件数";
        };
    }
}
