package io.shuzhi.analysis.number;

import io.shuzhi.analysis.quantity.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumeralsTest {

    private final Numerals numerals = new Numerals();

    private Numeral only(String text) {
        List<Numeral> found = numerals.find(text);
        assertThat(found).as("numerals of %s", text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            arabic                 | 共有204家          | 204       | 204
            full-width digits      | 全县２０４家       | ２０４     | 204
            thousands separator    | 2,300人           | 2,300     | 2300
            full-width separator   | １２，３４５元      | １２，３４５ | 12345
            decimal with 万        | 2,300.5万         | 2,300.5万 | 23005000
            full-width decimal     | ３．５万元         | ３．５万   | 35000
            arabic 亿              | 4.5亿             | 4.5亿     | 450000000
            mixed 万千百           | 3万2千5百         | 3万2千5百  | 32500
            financial with 零      | 二十万零叁仟肆佰   | 二十万零叁仟肆佰 | 203400
            一百零五               | 一百零五           | 一百零五   | 105
            十五                   | 十五               | 十五      | 15
            两千                   | 两千               | 两千      | 2000
            colloquial 一万二       | 一万二             | 一万二    | 12000
            colloquial 三千五       | 三千五             | 三千五    | 3500
            digit by digit year     | 二〇一五年         | 二〇一五   | 2015
            digit by digit with 零  | 二零一四年         | 二零一四   | 2014
            traditional 萬          | 三萬               | 三萬      | 30000
            traditional 億 and 兩   | 兩億               | 兩億      | 200000000
            financial               | 壹佰贰拾           | 壹佰贰拾   | 120
            一亿三千万              | 一亿三千万         | 一亿三千万 | 130000000
            三万亿                  | 三万亿             | 三万亿     | 3000000000000
            点 decimal              | 三点五             | 三点五     | 3.5
            零点五                  | 零点五             | 零点五     | 0.5
            negative                | 负3               | 负3       | -3
            negative Chinese        | 负三               | 负三      | -3
            X个半                   | 三个半月           | 三个半    | 3.5
            半个                    | 半个月             | 半        | 0.5
            lone 一 with measure    | 一次               | 一        | 1
            lone 一 with 个         | 一个               | 一        | 1
            lone 一 with 遍         | 轮训一遍           | 一        | 1
            two with measure        | 两年               | 两        | 2
            units only with measure | 百万元             | 百万      | 1000000
            三万一千 keeps 万一      | 三万一千           | 三万一千   | 31000
            """)
    void numbers(String name, String input, String text, String value) {
        Numeral n = only(input);
        assertThat(n.text()).isEqualTo(text);
        assertThat(n.value()).isEqualByComparingTo(value);
        assertThat(n.kind()).isEqualTo(NumeralKind.NUMBER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            百分之N             | 百分之九十         | 90
            百分之 with 点      | 百分之九十九点七   | 99.7
            percent sign        | 组建率只有52%     | 52
            full-width percent  | 占13.9％          | 13.9
            成                  | 三成               | 30
            两成                | 两成               | 20
            """)
    void percentages(String name, String input, String value) {
        Numeral n = only(input);
        assertThat(n.kind()).isEqualTo(NumeralKind.PERCENT);
        assertThat(n.value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            三分之一   | 三分之一   | 0.333333
            二分之一   | 二分之一   | 0.5
            千分之三   | 千分之三   | 0.003
            3分之2     | 3分之2     | 0.666667
            """)
    void fractions(String input, String text, String value) {
        Numeral n = only(input);
        assertThat(n.kind()).isEqualTo(NumeralKind.FRACTION);
        assertThat(n.text()).isEqualTo(text);
        assertThat(n.value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            300余万   | 300余万   | 3000000
            6000多    | 6000多人  | 6000
            3000多万  | 3000多万元 | 30000000
            十余      | 十余人     | 10
            二十多万  | 二十多万   | 200000
            8000余万  | 8000余万元 | 80000000
            """)
    void moreThanInsideNumbers(String text, String input, String value) {
        Numeral n = only(input);
        assertThat(n.text()).isEqualTo(text);
        assertThat(n.value()).isEqualByComparingTo(value);
        assertThat(n.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2-3个   | 2-3   | 2  | 3
            2～3    | 2～3  | 2  | 3
            2~3     | 2~3   | 2  | 3
            2至3    | 2至3  | 2  | 3
            1-2次   | 1-2   | 1  | 2
            两三个  | 两三  | 2  | 3
            一两个  | 一两  | 1  | 2
            五六十  | 五六十 | 50 | 60
            三四百万 | 三四百万 | 3000000 | 4000000
            2-3万   | 2-3万 | 20000 | 30000
            10%-20% | 10%-20% | 10 | 20
            """)
    void ranges(String input, String text, String lo, String hi) {
        Numeral n = only(input);
        assertThat(n.kind()).isEqualTo(NumeralKind.RANGE);
        assertThat(n.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(n.text()).isEqualTo(text);
        assertThat(n.value()).isEqualByComparingTo(lo);
        assertThat(n.max()).isEqualByComparingTo(hi);
    }

    @Test
    void descendingPairsAreNotRanges() {
        assertThat(numerals.find("2015-01-02")).extracting(Numeral::kind)
                .containsExactly(NumeralKind.NUMBER, NumeralKind.NUMBER, NumeralKind.NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"一律", "万一", "统一", "一起", "一些", "一定", "一样", "一直", "进一步", "一般", "一致",
            "一体", "唯一", "一把手", "一肩挑", "千方百计", "百姓", "万众一心", "一手硬", "三心二意", "下一步",
            "十分重要", "一半", "半数", "队伍", "陆续", "千万不要", "两委", "第一书记", "一拖就是", "百分点"})
    void notNumbers(String word) {
        assertThat(numerals.find(word)).as(word).isEmpty();
    }

    @Test
    void notNumeralWordsDoNotHideNeighbours() {
        assertThat(numerals.find("统一三个")).extracting(Numeral::text).containsExactly("三");
        assertThat(numerals.find("进一步加大投入3000元")).extracting(Numeral::text).containsExactly("3000");
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "𠀀共3.5万元";
        Numeral n = only(text);
        assertThat(n.start()).isEqualTo(2);
        assertThat(n.end()).isEqualTo(6);
        assertThat(n.text()).isEqualTo("3.5万");
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, n.start(), n.end() - n.start())).isEqualTo(n.text());
    }

    @Test
    void listsAreImmutableAndValuesPlain() {
        List<Numeral> found = numerals.find("4.89万元");
        assertThat(found.get(0).value()).isEqualTo(new BigDecimal("48900"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> found.add(found.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
