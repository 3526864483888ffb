package io.shuzhi.bench.province;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The tree of a synthetic province: province → 15 cities → 8 counties each → ~12 townships each → villages,
 * communities, agencies, enterprise and social-organization branches under the townships. The sizes of the
 * upper levels follow a real province; the leaves fill up to the requested number of organizations.
 */
final class ProvinceShape {

    static final int CITIES = 15;
    static final int COUNTIES_PER_CITY = 8;
    static final int TOWNSHIPS_PER_COUNTY = 12;

    private ProvinceShape() {
    }

    /** Organizations in tree order (every parent before its children), ids from {@code firstId}. */
    static List<SyntheticOrganization> build(int total, long firstId, String codePrefix, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SyntheticOrganization> all = new ArrayList<>(total);
        long[] next = {firstId};
        var province = new SyntheticOrganization(next[0]++, null, codePrefix + "P", "合成省委", "COMMITTEE", "PROVINCE", null, "/" + firstId + "/", 0);
        all.add(province);
        List<SyntheticOrganization> townships = new ArrayList<>();
        for (int c = 1; c <= CITIES; c++) {
            var city = add(all, province, next, codePrefix + "C" + c, "第" + c + "市委", "COMMITTEE", "CITY", null);
            for (int k = 1; k <= COUNTIES_PER_CITY; k++) {
                var county = add(all, city, next, city.code() + "K" + k, city.name() + "第" + k + "县委", "COMMITTEE", "COUNTY", null);
                for (int t = 1; t <= TOWNSHIPS_PER_COUNTY + (random.nextInt(3) - 1); t++) {
                    townships.add(add(all, county, next, county.code() + "T" + t, county.name() + "第" + t + "镇党委", "COMMITTEE", "TOWNSHIP", null));
                }
            }
        }
        int leaves = Math.max(0, total - all.size());
        for (int i = 0; i < leaves; i++) {
            var township = townships.get(random.nextInt(townships.size()));
            int roll = random.nextInt(100);
            String code = township.code() + "L" + i;
            if (roll < 60) {
                add(all, township, next, code, "第" + i + "村党支部", "BRANCH", "VILLAGE", null);
            } else if (roll < 70) {
                add(all, township, next, code, "第" + i + "社区党委", "GENERAL_BRANCH", "COMMUNITY", null);
            } else if (roll < 85) {
                add(all, township, next, code, "第" + i + "机关党支部", "BRANCH", "UNIT", "AGENCY");
            } else if (roll < 95) {
                add(all, township, next, code, "第" + i + "非公企业党支部", roll < 90 ? "BRANCH" : "JOINT_BRANCH", "UNIT", "PRIVATE_ENTERPRISE");
            } else {
                add(all, township, next, code, "第" + i + "社会组织党支部", "BRANCH", "UNIT", "SOCIAL_ORGANIZATION");
            }
        }
        return all;
    }

    private static SyntheticOrganization add(List<SyntheticOrganization> all, SyntheticOrganization parent, long[] next,
                                             String code, String name, String kind, String level, String sector) {
        var child = parent.child(next[0]++, code, name, kind, level, sector);
        all.add(child);
        return child;
    }
}
