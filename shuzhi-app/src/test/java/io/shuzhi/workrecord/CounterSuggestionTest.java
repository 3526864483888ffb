package io.shuzhi.workrecord;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CounterSuggestionTest {

    @Test
    void villagesFromTheSeedCommitment() {
        assertThat(CounterSuggestion.suggest("到村调研100个以上", "个")).contains(Counter.VILLAGES_VISITED);
        assertThat(CounterSuggestion.suggest("到村调研3个以上", null)).contains(Counter.VILLAGES_VISITED);
    }

    @Test
    void supervisionPerTownshipBeforePlainSupervision() {
        assertThat(CounterSuggestion.suggest("到每个乡镇督办党建工作不少于2次", "次")).contains(Counter.SUPERVISION_VISITS_PER_TOWNSHIP);
        assertThat(CounterSuggestion.suggest("督办党建工作15次", "次")).contains(Counter.SUPERVISION_VISITS);
    }

    @Test
    void daysPerMonth() {
        assertThat(CounterSuggestion.suggest("每月到基层调研不少于2天", "天")).contains(Counter.FIELD_DAYS_PER_MONTH);
        assertThat(CounterSuggestion.suggest("全年到基层调研60天", "天")).contains(Counter.FIELD_DAYS);
    }

    @Test
    void otherRecords() {
        assertThat(CounterSuggestion.suggest("每年牵头破解2-3个党建难题", "个")).contains(Counter.KEY_CHALLENGES_SOLVED);
        assertThat(CounterSuggestion.suggest("主持召开常委会专题研究党建4次", "次")).contains(Counter.MEETINGS);
        assertThat(CounterSuggestion.suggest("代办服务事项1000件", "件")).contains(Counter.PROXY_SERVICES);
        assertThat(CounterSuggestion.suggest("村干部培训覆盖率100%", "%")).contains(Counter.TRAINING_COVERAGE);
    }

    @Test
    void theUnitMustFit() {
        assertThat(CounterSuggestion.suggest("到村调研100个以上", "万元")).isEmpty();
        assertThat(CounterSuggestion.suggest("确保每个村年工作经费不少于6万元", "万元")).isEmpty();
        assertThat(CounterSuggestion.suggest(null, null)).isEmpty();
    }
}
