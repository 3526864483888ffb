package io.shuzhi.registry;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MemberRowParserTest {

    static final List<String> HEADER = List.of("组织编码", "姓名", "性别", "出生日期", "学历", "入党日期", "党员状态", "流动党员", "联系电话", "身份证号");
    final MemberRowParser parser = new MemberRowParser(code -> code.equals("V1")
            ? new MemberRowParser.Resolution(7L, null) : new MemberRowParser.Resolution(null, "组织编码不存在或不在您的管理范围内：" + code),
            LocalDate.of(2026, 1, 1));
    final Columns.Header header = MemberRowParser.COLUMNS.header(HEADER);

    @Test
    void aGoodRowBecomesAnEntry() {
        var result = parser.parse(2, header, List.of("V1", "张三", "女", "1949-12-31", "本科", "1980-07-01", "正式党员", "是", "13812345678", "11010519491231002X"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.entry().organizationId()).isEqualTo(7L);
        assertThat(result.entry().education()).isEqualTo(Education.BACHELOR);
        assertThat(result.entry().mobile()).isTrue();
        assertThat(result.entry().toString()).doesNotContain("11010519491231002X").doesNotContain("13812345678");
    }

    @Test
    void everyProblemOfARowIsListedByColumn() {
        var result = parser.parse(5, header, List.of("V9", "", "M", "1949-12-30", "小学毕业", "1960-01-01", "党员", "也许", "555", "11010519491231002X"));
        assertThat(result.entry()).isNull();
        assertThat(result.errors()).extracting(RowError::column)
                .containsExactly("orgCode", "name", "gender", "education", "status", "mobile", "phone", "birthDate", "joinDate");
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(5));
    }

    @Test
    void missingRequiredColumnsAreNamed() {
        assertThat(MemberRowParser.COLUMNS.header(List.of("orgCode", "name")).missing()).contains("idNumber", "birthDate");
        assertThat(header.missing()).isEmpty();
    }
}
