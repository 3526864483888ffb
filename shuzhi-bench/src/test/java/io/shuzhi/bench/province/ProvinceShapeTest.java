package io.shuzhi.bench.province;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ProvinceShapeTest {

    @Test
    void treeHasTheRealUpperLevelsAndIsReproducible() {
        List<SyntheticOrganization> orgs = ProvinceShape.build(5_000, 1, "S1-", 42);
        assertThat(orgs).hasSize(5_000);
        assertThat(orgs.stream().filter(o -> o.level().equals("CITY"))).hasSize(15);
        assertThat(orgs.stream().filter(o -> o.level().equals("COUNTY"))).hasSize(120);
        assertThat(orgs.stream().map(SyntheticOrganization::code).distinct()).hasSize(5_000);
        assertThat(orgs.stream().allMatch(o -> o.parentId() == null || o.path().startsWith("/1/"))).isTrue();
        assertThat(ProvinceShape.build(5_000, 1, "S1-", 42)).isEqualTo(orgs);
    }

    @Test
    void membersAreReproducibleAndIdNumbersUniqueAndValid() {
        int[] orgs = {3, 4, 5};
        assertThat(SyntheticMember.of(7, 123, orgs)).isEqualTo(SyntheticMember.of(7, 123, orgs));
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 20_000).forEach(i -> ids.add(SyntheticMember.of(7, i, orgs).idNumber()));
        assertThat(ids).hasSize(20_000);
        // GB 11643 appendix example, computed by the same routine
        assertThat(SyntheticMember.idNumber(0, LocalDate.of(1949, 12, 31), false)).hasSize(18).startsWith("11000019491231");
        assertThat(SyntheticMember.of(7, 1, orgs).joinDate()).isAfterOrEqualTo(SyntheticMember.of(7, 1, orgs).birthDate().plusYears(18));
    }
}
