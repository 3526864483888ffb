package io.shuzhi.workrecord.visit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsTest {

    @Test
    void eachLineOrClauseIsOneFindingWithoutItsNumbering() {
        assertThat(Findings.split("1. 三会一课记录不全；2、党员活动室闲置\n（三）发展党员程序不规范;"))
                .containsExactly("三会一课记录不全", "党员活动室闲置", "发展党员程序不规范");
    }

    @Test
    void noTextNoFindings() {
        assertThat(Findings.split(null)).isEmpty();
        assertThat(Findings.split(" \n；")).isEmpty();
    }

    @Test
    void aSingleSentenceStaysWhole() {
        assertThat(Findings.split("村务公开栏内容陈旧，未及时更新。")).containsExactly("村务公开栏内容陈旧，未及时更新。");
    }
}
