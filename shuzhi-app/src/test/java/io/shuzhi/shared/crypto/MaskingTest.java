package io.shuzhi.shared.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void idNumberKeepsFirstAndLastFour() {
        assertThat(Masking.idNumber("420102199003071234")).isEqualTo("4201**********1234");
        assertThat(Masking.idNumber("42010219900307123X")).isEqualTo("4201**********123X");
        assertThat(Masking.idNumber("1234567")).isEqualTo("*******");
        assertThat(Masking.idNumber(null)).isNull();
    }

    @Test
    void mobileKeepsPrefixAndLastFourLandlineOnlyLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("010-88886666")).isEqualTo("********6666");
        assertThat(Masking.phone("123")).isEqualTo("***");
    }
}
