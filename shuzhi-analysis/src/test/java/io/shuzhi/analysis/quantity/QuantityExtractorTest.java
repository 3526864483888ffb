package io.shuzhi.analysis.quantity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityExtractorTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    private Quantity only(String text) {
        List<Quantity> found = extractor.extract(text);
        assertThat(found).as("quantities of %s", text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            我主持召开12次常委会           | 12次        | 12        | 次  | EXACT
            累计放贷2.3亿元               | 2.3亿元     | 230000000 | 元  | EXACT
            村均4.89万元                  | 4.89万元    | 48900     | 元  | EXACT
            全市1.8万名党员               | 1.8万名     | 18000     | 名  | EXACT
            平台达到3万户                 | 3万户       | 30000     | 户  | EXACT
            惠及8千户                     | 8千户       | 8000      | 户  | EXACT
            代办服务事项16万件            | 16万件      | 160000    | 件  | EXACT
            组建率只有52%                 | 52%         | 52        | %   | EXACT
            百分之九十的村                | 百分之九十   | 90        | %   | EXACT
            三成党员                      | 三成        | 30        | %   | EXACT
            整修公路120余公里             | 120余公里   | 120       | 公里 | MORE_THAN
            解决了3000多农户融资难题       | 3000多      | 3000      | null | MORE_THAN
            筹集资金3000多万元            | 3000多万元  | 30000000  | 元  | MORE_THAN
            调研50余次                    | 50余次      | 50        | 次  | MORE_THAN
            问题20多项                    | 20多项      | 20        | 项  | MORE_THAN
            超过50%的村                   | 超过50%     | 50        | %   | MORE_THAN
            逾千人                        | 逾千人      | 1000      | 人  | MORE_THAN
            还有40%以上的企业             | 40%以上     | 40        | %   | AT_LEAST
            督办不少于2次                 | 不少于2次   | 2         | 次  | AT_LEAST
            到村调研100个以上             | 100个以上   | 100       | 个  | AT_LEAST
            农村不低于10%                 | 不低于10%   | 10        | %   | AT_LEAST
            至少3名                       | 至少3名     | 3         | 名  | AT_LEAST
            负债高达百万元以上            | 百万元以上   | 1000000   | 元  | AT_LEAST
            力争接近9万元                 | 接近9万元   | 90000     | 元  | APPROX
            约300人                       | 约300人     | 300       | 人  | APPROX
            投入近3000万元                | 近3000万元  | 30000000  | 元  | APPROX
            3000元左右                    | 3000元左右  | 3000      | 元  | APPROX
            35岁以下的仅占                | 35岁以下    | 35        | 岁  | AT_MOST
            不足40%                       | 不足40%     | 40        | %   | AT_MOST
            不超过3天                     | 不超过3天   | 3         | 天  | AT_MOST
            控制在5%以内                  | 5%以内      | 5         | %   | AT_MOST
            对软弱涣散村进行一次回访       | 一次        | 1         | 次  | EXACT
            连续2年软弱涣散               | 2年         | 2         | 年  | EXACT
            连续两年新增                  | 两年        | 2         | 年  | EXACT
            每月2天                       | 2天         | 2         | 天  | EXACT
            时间3个月                     | 3个月       | 3         | 月  | EXACT
            村平均年龄达51岁              | 51岁        | 51        | 岁  | EXACT
            年均只有7500余元              | 7500余元    | 7500      | 元  | MORE_THAN
            三分之一的党员                | 三分之一     | 0.333333  | null | EXACT
            用了1个多月                   | 1个多月     | 1         | 月  | MORE_THAN
            三个半月                      | 三个半月     | 3.5       | 月  | EXACT
            提高3个百分点                 | 3个百分点   | 3         | 百分点 | EXACT
            增长1.5倍                     | 1.5倍       | 1.5       | 倍  | EXACT
            """)
    void quantities(String input, String text, String value, String unit, Qualifier qualifier) {
        Quantity q = only(input);
        assertThat(q.text()).isEqualTo(text);
        assertThat(q.value()).isEqualByComparingTo(value);
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.qualifier()).isEqualTo(qualifier);
        assertThat(q.max()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            每年牵头破解2-3个党建难题 | 2-3个 | 2 | 3 | 个
            每年开展1-2次谈心谈话     | 1-2次 | 1 | 2 | 次
            1至2次                   | 1至2次 | 1 | 2 | 次
            两三个村                 | 两三个 | 2 | 3 | 个
            10%-20%的村              | 10%-20% | 10 | 20 | %
            """)
    void ranges(String input, String text, String lo, String hi, String unit) {
        Quantity q = only(input);
        assertThat(q.text()).isEqualTo(text);
        assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(q.value()).isEqualByComparingTo(lo);
        assertThat(q.max()).isEqualByComparingTo(hi);
        assertThat(q.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "12月29日，我市召开会议", "2015年到每个乡镇", "区财政2014年列支", "7月底", "明年9月底前完成", "三季度",
            "二〇一五年", "第一书记", "第一", "第3次会议", "一是认识不深刻", "二是心力不集中", "（一）", "一、", "1.", "(1)",
            "党的十八大强调", "“三屏互动进农家”", "“3个1+3”党建模式", "按照“五个必谈”要求", "一肩挑", "一把手",
            "316国道、306省道", "“四议两公开”", "“一定三有”政策", "开展“新三万”活动", "双述双评",
            "面积达数十平方米", "打造了一批党建示范点", "十几个", "80年代", "统一思想", "进一步加强", "一手硬",
            "\"光满\"服务队", "鄂ICP备07503269号", "© 2012 中国", "主要有三级平台", "2014-2015年", "8时30分", "“十三五”规划", "十三五规划", "最近"})
    void notQuantities(String text) {
        assertThat(extractor.extract(text)).as(text).isEmpty();
    }

    @Test
    void severalInOneSentence() {
        assertThat(extractor.extract("先后15次到73个村调研督办，平台覆盖83个村8190户"))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("15次", "次"),
                        org.assertj.core.groups.Tuple.tuple("73个", "个"),
                        org.assertj.core.groups.Tuple.tuple("83个", "个"),
                        org.assertj.core.groups.Tuple.tuple("8190户", "户"));
    }

    @Test
    void bareTenThousandsAreCounts() {
        assertThat(extractor.extract("主职分别达到2万、3.7万。"))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2万", null),
                        org.assertj.core.groups.Tuple.tuple("3.7万", null));
    }

    @Test
    void ageBelowAndShareAreSeparate() {
        List<Quantity> found = extractor.extract("35岁以下的仅占13.9%");
        assertThat(found).extracting(Quantity::qualifier).containsExactly(Qualifier.AT_MOST, Qualifier.EXACT);
        assertThat(found.get(1).unit()).isEqualTo("%");
    }

    @Test
    void offsetsAreCodePointOffsets() {
        String text = "𠀀𠀁村均4.89万元，不少于2次";
        List<Quantity> found = extractor.extract(text);
        assertThat(found).hasSize(2);
        int[] cps = text.codePoints().toArray();
        for (Quantity q : found) {
            assertThat(new String(cps, q.start(), q.end() - q.start())).isEqualTo(q.text());
        }
        assertThat(found.get(0).start()).isEqualTo(4);
        assertThat(found.get(0).end()).isEqualTo(10);
        assertThat(found.get(1).start()).isEqualTo(11);
        assertThat(found.get(1).end()).isEqualTo(16);
    }

    @Test
    void quotesResetAtLineBreak() {
        assertThat(extractor.extract("他说\"好\n共3000元")).extracting(Quantity::text).containsExactly("3000元");
    }
}
