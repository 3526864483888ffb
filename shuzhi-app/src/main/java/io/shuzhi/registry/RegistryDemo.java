package io.shuzhi.registry;

import io.shuzhi.audit.AuditLog;
import io.shuzhi.demo.DemoCityLoaded;
import io.shuzhi.shared.crypto.Masking;
import io.shuzhi.shared.crypto.PersonalDataCipher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Demo data: an invented registry for the demo city's villages and communities — members (with encrypted, obviously
 * synthetic ID numbers), the two committees, service centres, two years of funding — and enterprises and social
 * organizations under its working committee, so the statistics dashboard has figures to show and drill into.
 * Seeded, so every demo start shows the same figures. Runs inside the demo's loading transaction.
 */
@Component
class RegistryDemo {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国红梅志强春燕海燕晓东";
    private static final String[] EDUCATION = {"POSTGRADUATE", "BACHELOR", "JUNIOR_COLLEGE", "SECONDARY_VOCATIONAL", "HIGH_SCHOOL", "JUNIOR_HIGH_OR_BELOW"};
    private static final int[] EDUCATION_WEIGHTS = {2, 14, 20, 10, 24, 30};

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    RegistryDemo(JdbcClient jdbc, PersonalDataCipher cipher, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(DemoCityLoaded demo) {
        Random random = new Random(20151229);
        LocalDate today = LocalDate.now(clock);
        List<Long> villages = jdbc.sql("SELECT id FROM organization WHERE id IN (:ids) AND level IN ('VILLAGE', 'COMMUNITY') ORDER BY code")
                .param("ids", demo.organizationIds().values()).query(Long.class).list();
        Set<String> idNumbers = new HashSet<>();
        int members = 0;
        for (long village : villages) {
            members += members(village, 18 + random.nextInt(25), random, today, idNumbers);
            cadres(village, random);
            center(village, random);
            for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                jdbc.sql("""
                                INSERT INTO funding (organization_id, year, transfer_payment, operating_funds, collective_income)
                                VALUES (:org, :year, :transfer, :operating, :income)""")
                        .param("org", village).param("year", year).param("transfer", 3_000_000 + random.nextInt(5_000_000))
                        .param("operating", 1_000_000 + random.nextInt(2_000_000)).param("income", random.nextInt(20_000_000)).update();
            }
        }
        int enterprises = enterprises(demo.organizationIds(), random, today);
        audit.record("registry.demo-loaded", "Registry", "demo", null, null,
                Map.of("villages", villages.size(), "members", members, "enterprises", enterprises));
    }

    private int members(long village, int count, Random random, LocalDate today, Set<String> idNumbers) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO member (organization_id, name, gender, birth_date, education, join_date, status, id_number_cipher,
                    id_number_masked, id_number_hash, phone_cipher, phone_masked, phone_hash, mobile, mobile_kind, mobile_since) VALUES""");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean male = random.nextInt(10) < 7;
            LocalDate birth = LocalDate.of(1942 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate joined = birth.plusYears(19 + random.nextInt(20)).plusDays(random.nextInt(365));
            if (joined.isAfter(today)) {
                joined = today.minusDays(1 + random.nextInt(300));
            }
            boolean probationary = joined.isAfter(today.minusYears(1));
            String id = idNumber(birth, male, random, idNumbers);
            String phone = random.nextInt(3) == 0 ? null : "13" + (100_000_000 + random.nextInt(899_999_999));
            boolean mobile = random.nextInt(10) == 0;
            sql.append(i == 0 ? " " : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(java.util.Arrays.asList(village, name(random), male ? "MALE" : "FEMALE", birth, education(random), joined,
                    probationary ? "PROBATIONARY" : "FULL", cipher.encrypt(id), Masking.idNumber(id), cipher.matchingHash(id),
                    phone == null ? null : cipher.encrypt(phone), Masking.phone(phone), phone == null ? null : cipher.matchingHash(phone),
                    mobile, mobile ? "MIGRANT_WORKER" : null, mobile ? today.minusMonths(1 + random.nextInt(60)) : null));
        }
        jdbc.sql(sql.toString()).params(params).update();
        return count;
    }

    private void cadres(long village, Random random) {
        boolean both = random.nextInt(10) < 7;
        LocalDate elected = LocalDate.of(2021, 1 + random.nextInt(3), 1 + random.nextInt(28));
        cadre(village, "PARTY_SECRETARY", "PRINCIPAL", both, random, elected);
        if (!both) {
            cadre(village, "COMMITTEE_DIRECTOR", "PRINCIPAL", false, random, elected);
        }
        cadre(village, "DEPUTY_SECRETARY", "DEPUTY", false, random, elected);
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            cadre(village, "COMMITTEE_MEMBER", "DEPUTY", false, random, elected);
        }
    }

    private void cadre(long village, String post, String rank, boolean both, Random random, LocalDate from) {
        jdbc.sql("""
                        INSERT INTO village_cadre (organization_id, name, gender, post, rank, holds_both_posts, annual_pay, served_from)
                        VALUES (:org, :name, :gender, :post, :rank, :both, :pay, :from)""")
                .param("org", village).param("name", name(random)).param("gender", random.nextInt(4) == 0 ? "FEMALE" : "MALE")
                .param("post", post).param("rank", rank).param("both", both)
                .param("pay", rank.equals("PRINCIPAL") ? 4_000_000 + random.nextInt(2_500_000) : 2_500_000 + random.nextInt(1_500_000))
                .param("from", from).update();
    }

    private void center(long village, Random random) {
        int floor = 200 + random.nextInt(600);
        jdbc.sql("""
                        INSERT INTO service_center (organization_id, floor_area, office_area, opening_hours, built_on)
                        VALUES (:org, :floor, :office, '周一至周五 8:30-17:30', :built)""")
                .param("org", village).param("floor", floor).param("office", floor * (20 + random.nextInt(45)) / 100)
                .param("built", LocalDate.of(2014 + random.nextInt(10), 1 + random.nextInt(12), 1)).update();
    }

    /** Enterprises and social organizations under the working committee (code DEMO-JC-LX), most with a party organization. */
    private int enterprises(Map<String, Long> organizations, Random random, LocalDate today) {
        Long committee = organizations.get("DEMO-JC-LX");
        if (committee == null) {
            return 0;
        }
        String[] kinds = {"机械", "新材料", "软件", "物流", "食品", "纺织", "建材", "电子"};
        int count = 0;
        for (int i = 0; i < 24; i++) {
            boolean social = i >= 16;
            String party = switch (random.nextInt(5)) {
                case 0, 1 -> "OWN";
                case 2 -> "JOINT";
                default -> "NONE";
            };
            LocalDate registered = LocalDate.of(2005 + random.nextInt(18), 1 + random.nextInt(12), 1);
            LocalDate formed = party.equals("NONE") ? null : registered.plusYears(1 + random.nextInt(5));
            if (formed != null && formed.isAfter(today)) {
                formed = today.minusMonths(2);
            }
            jdbc.sql("""
                            INSERT INTO enterprise (organization_id, credit_code, name, sector, party_organization, formed_on,
                                                    member_count, employees, registered_on)
                            VALUES (:org, :code, :name, :sector, :party, :formed, :members, :employees, :registered)""")
                    .param("org", committee).param("code", String.format("914201%02d%010d", i, 3_300_000_000L + i))
                    .param("name", "（演示）江城" + kinds[i % kinds.length] + (social ? "行业协会" : "有限公司") + (i + 1) + "号")
                    .param("sector", social ? "SOCIAL_ORGANIZATION" : "PRIVATE_ENTERPRISE").param("party", party).param("formed", formed)
                    .param("members", party.equals("NONE") ? random.nextInt(3) : 3 + random.nextInt(20))
                    .param("employees", 20 + random.nextInt(400)).param("registered", registered).update();
            count++;
        }
        return count;
    }

    private static String idNumber(LocalDate birth, boolean male, Random random, Set<String> used) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = String.format("420100%s%03d", birth.toString().replace("-", ""), sequence);
            String id = first17 + IdNumber.checkCharacter(first17);
            if (used.add(id)) {
                return id;
            }
        }
    }

    private static String name(Random random) {
        return String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
                + GIVEN.charAt(random.nextInt(GIVEN.length())) + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
    }

    private static String education(Random random) {
        int pick = random.nextInt(100);
        for (int i = 0; i < EDUCATION.length; i++) {
            pick -= EDUCATION_WEIGHTS[i];
            if (pick < 0) {
                return EDUCATION[i];
            }
        }
        return EDUCATION[EDUCATION.length - 1];
    }
}
