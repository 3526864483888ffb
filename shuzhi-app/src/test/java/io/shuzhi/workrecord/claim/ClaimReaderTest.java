package io.shuzhi.workrecord.claim;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimReaderTest {

    final ClaimReader reader = new ClaimReader(new ExtractedQuantityFinder());

    @Test
    void theSeedsOpeningSentence() {
        String text = "我主持召开12次常委会、6次领导小组会专题研究基层党建,7次听取基层党组织书记专题汇报,先后15次到73个村调研督办。";
        List<Claim> claims = reader.read(text);

        assertThat(claims).extracting(Claim::subject).containsExactly(Claim.Subject.STANDING_COMMITTEE_MEETINGS,
                Claim.Subject.LEADING_GROUP_MEETINGS, Claim.Subject.WORK_REPORTS_HEARD, Claim.Subject.FIELD_VISITS,
                Claim.Subject.VILLAGES_VISITED);
        assertThat(claims).extracting(c -> c.claimed().intValue()).containsExactly(12, 6, 7, 15, 73);
        Claim villages = claims.get(4);
        assertThat(villages.text()).isEqualTo("先后15次到73个村调研督办");
        assertThat(text.substring(villages.start(), villages.end())).isEqualTo(villages.text());
    }

    @Test
    void villagesWithChineseNumerals() {
        List<Claim> claims = reader.read("今年到五个村调研。");

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo(Claim.Subject.VILLAGES_VISITED);
            assertThat(c.claimed()).isEqualByComparingTo("5");
            assertThat(c.text()).isEqualTo("今年到五个村调研");
        });
    }

    @Test
    void approximateFiguresAreLowerBounds() {
        Claim claim = reader.read("带头到桃源、松林村等联系点调研50余次,解决实际问题65件。").get(0);

        assertThat(claim.subject()).isEqualTo(Claim.Subject.CONTACT_POINT_VISITS);
        assertThat(claim.atLeast()).isTrue();
        assertThat(claim.agreesWith(BigDecimal.valueOf(57))).isTrue();
        assertThat(claim.agreesWith(BigDecimal.valueOf(49))).isFalse();
    }

    @Test
    void exactFiguresMustMatch() {
        Claim claim = reader.read("到5个村调研").get(0);

        assertThat(claim.agreesWith(BigDecimal.valueOf(5))).isTrue();
        assertThat(claim.agreesWith(BigDecimal.valueOf(3))).isFalse();
        assertThat(claim.agreesWith(BigDecimal.valueOf(6))).isFalse();
    }

    @Test
    void promisesAndUnrelatedFiguresAreNotClaims() {
        assertThat(reader.read("我将在2015年到每个乡镇督办党建工作不少于2次,到村调研100个以上,到所有软弱涣散村进行一次回访。")).isEmpty();
        assertThat(reader.read("带动县委常委每月到基层调研不少于2天。")).isEmpty();
        assertThat(reader.read("“三屏互动进农家”平台覆盖83个村8190户。")).isEmpty();
        assertThat(reader.read("全县381个村共选聘协理员3736名。")).isEmpty();
    }

    @Test
    void meetingsCalledBeforeTheNumber() {
        Claim claim = reader.read("今年先后6次召开市委常委会,专题研究党建工作。").get(0);

        assertThat(claim.subject()).isEqualTo(Claim.Subject.STANDING_COMMITTEE_MEETINGS);
        assertThat(claim.claimed()).isEqualByComparingTo("6");
    }

    @Test
    void offsetsAreStringIndicesEvenAfterCharactersOutsideTheBasicPlane() {
        String text = "𠀀𠀁，到5个村调研。";
        Claim claim = reader.read(text).get(0);

        assertThat(text.substring(claim.start(), claim.end())).isEqualTo("到5个村调研");
    }

    @Test
    void moreThanAndAtLeastAreLowerBoundsButApproximationsAreNot() {
        assertThat(reader.read("到超过5个村调研").get(0).atLeast()).isTrue();
        assertThat(reader.read("到5个以上村调研").get(0).atLeast()).isTrue();
        assertThat(reader.read("到约5个村调研").get(0).atLeast()).isFalse();
    }
}
