package io.shuzhi.bench.province;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated member. Member {@code i} depends only on the seed and {@code i} (not on generation order), so the
 * database rows and the .xlsx file are reproducible and can be produced in any order.
 */
record SyntheticMember(int organizationIndex, String name, boolean male, LocalDate birthDate, String education,
                       LocalDate joinDate, boolean probationary, boolean mobile, String phone, String idNumber) {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国志文斌海燕林春梅德福荣生";
    private static final List<String> EDUCATION_YOUNG = List.of("BACHELOR", "BACHELOR", "JUNIOR_COLLEGE", "JUNIOR_COLLEGE", "POSTGRADUATE", "HIGH_SCHOOL", "SECONDARY_VOCATIONAL");
    private static final List<String> EDUCATION_OLD = List.of("JUNIOR_HIGH_OR_BELOW", "JUNIOR_HIGH_OR_BELOW", "JUNIOR_HIGH_OR_BELOW", "HIGH_SCHOOL", "HIGH_SCHOOL", "SECONDARY_VOCATIONAL", "JUNIOR_COLLEGE");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** @param memberOrganizations indexes (into the organization list) of organizations that have members, weighted */
    static SyntheticMember of(long seed, int index, int[] memberOrganizations) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int org = memberOrganizations[r.nextInt(memberOrganizations.length)];
        boolean male = r.nextInt(100) < 72;
        // ages skew old, as in the reports: ~45% are 55 or older
        int age = r.nextInt(100) < 45 ? 55 + r.nextInt(35) : 20 + r.nextInt(35);
        LocalDate birth = LocalDate.of(2025 - age, 1 + r.nextInt(12), 1 + r.nextInt(28));
        int joinAge = 18 + r.nextInt(Math.max(1, Math.min(age - 18, 30)) + 1);
        LocalDate join = birth.plusYears(joinAge).plusDays(r.nextInt(300));
        if (join.isAfter(LocalDate.of(2025, 12, 31))) {
            join = LocalDate.of(2025, 6, 30);
        }
        String education = (age <= 45 ? EDUCATION_YOUNG : EDUCATION_OLD).get(r.nextInt(7));
        String name = SURNAMES.charAt(r.nextInt(SURNAMES.length())) + "" + GIVEN.charAt(r.nextInt(GIVEN.length()))
                + (r.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(r.nextInt(GIVEN.length()))));
        String phone = r.nextInt(100) < 85 ? "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000)) : null;
        return new SyntheticMember(org, name, male, birth, education, join, join.getYear() >= 2025 && r.nextInt(100) < 60,
                r.nextInt(100) < 8, phone, idNumber(index, birth, male));
    }

    /**
     * A valid GB 11643 number unique per index: the 6-digit "region" and 3-digit sequence encode the index (so
     * no two members share one whatever their birth dates), the 17th digit's parity encodes the gender.
     */
    static String idNumber(int index, LocalDate birth, boolean male) {
        int region = 110000 + index / 500;
        int sequence = (index % 500) * 2 + (male ? 1 : 0);
        String first17 = String.format("%06d%04d%02d%02d%03d", region, birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
