package io.shuzhi.registry;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberTest {

    // GB 11643-1999 appendix example
    static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void checkCharacterFollowsGb11643() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.problem(STANDARD_EXAMPLE)).isEmpty();
        assertThat(IdNumber.problem("11010519491231002x")).as("lower-case x").isEmpty();
        assertThat(IdNumber.problem("110105194912310021")).hasValue("身份证号校验位不正确");
    }

    @Test
    void lengthDigitsAndBirthDateAreChecked() {
        assertThat(IdNumber.problem("11010519491231002")).hasValueSatisfying(p -> assertThat(p).contains("18位"));
        assertThat(IdNumber.problem("1101051949123A002X")).hasValue("身份证号前17位应为数字");
        String feb30 = "11010519900230001";
        assertThat(IdNumber.problem(feb30 + IdNumber.checkCharacter(feb30))).hasValue("身份证号中的出生日期无效");
        assertThat(IdNumber.problem(" ")).hasValue("身份证号不能为空");
    }

    @Test
    void messagesNeverRepeatTheNumber() {
        String bad = "110105194912310021";
        assertThat(IdNumber.problem(bad).orElseThrow()).doesNotContain("1101").doesNotContain("1949");
        assertThat(IdNumber.parse(STANDARD_EXAMPLE).toString()).isEqualTo("1101**********002X");
    }

    @Test
    void birthDateAndGenderAreRead() {
        IdNumber id = IdNumber.parse(STANDARD_EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE); // 17th digit 2 is even
    }

    @Test
    void phonesAreMobileOrLandline() {
        assertThat(PhoneNumber.problem("13812345678")).isEmpty();
        assertThat(PhoneNumber.problem("0722-3456789")).isEmpty();
        assertThat(PhoneNumber.problem("12812345678")).isPresent();
        assertThat(PhoneNumber.problem("1381234567")).isPresent();
    }
}
