package io.shuzhi.bench.province;

import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Writes a generated province into the app's tables with COPY, in one transaction. */
final class ProvinceWriter {

    private final Connection connection;
    private final long seed;

    ProvinceWriter(Connection connection, long seed) {
        this.connection = connection;
        this.seed = seed;
    }

    void organizations(List<SyntheticOrganization> orgs) throws SQLException {
        try (CopyRows copy = new CopyRows(connection, "organization", "id, parent_id, code, name, kind, level, sector, path, depth")) {
            for (var o : orgs) {
                copy.value(o.id()).value(o.parentId()).value(o.code()).value(o.name()).value(o.kind()).value(o.level())
                        .value(o.sector()).value(o.path()).value(o.depth()).end();
            }
        }
        try (var s = connection.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('organization', 'id'), (SELECT max(id) FROM organization))");
        }
    }

    void members(List<SyntheticOrganization> orgs, int[] memberOrganizations, int count, PersonalDataSealer sealer)
            throws SQLException, GeneralSecurityException {
        try (CopyRows copy = new CopyRows(connection, "member", "organization_id, name, gender, birth_date, education, join_date, status,"
                + " id_number_cipher, id_number_masked, id_number_hash, phone_cipher, phone_masked, phone_hash, mobile, mobile_kind")) {
            for (int i = 0; i < count; i++) {
                var m = SyntheticMember.of(seed, i, memberOrganizations);
                copy.value(orgs.get(m.organizationIndex()).id()).value(m.name()).value(m.male() ? "MALE" : "FEMALE")
                        .value(m.birthDate()).value(m.education()).value(m.joinDate()).value(m.probationary() ? "PROBATIONARY" : "FULL")
                        .value(sealer.seal(m.idNumber())).value(PersonalDataSealer.maskId(m.idNumber())).value(sealer.hash(m.idNumber()))
                        .value(m.phone() == null ? null : sealer.seal(m.phone())).value(PersonalDataSealer.maskPhone(m.phone()))
                        .value(m.phone() == null ? null : sealer.hash(m.phone())).value(m.mobile()).value(m.mobile() ? "MIGRANT_WORKER" : null).end();
                if (i > 0 && i % 500_000 == 0) {
                    System.out.printf("  %,d members%n", i);
                }
            }
        }
    }

    /**
     * Cadres, service centre and two years of funding per village/community; enterprises and recruitment per
     * township. One COPY per table in turn: a connection can run only one COPY at a time.
     */
    void villageRecords(List<SyntheticOrganization> orgs) throws SQLException {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5EEDL);
        try (CopyRows cadres = new CopyRows(connection, "village_cadre", "organization_id, name, gender, post, rank, holds_both_posts, annual_pay, served_from")) {
            for (var o : orgs) {
                if (!o.servesResidents()) {
                    continue;
                }
                cadres.value(o.id()).value("书记").value(r.nextInt(100) < 12 ? "FEMALE" : "MALE").value("PARTY_SECRETARY").value("PRINCIPAL")
                        .value(r.nextInt(100) < 90).value(1_000_000 + r.nextInt(500_000)).value(LocalDate.of(2021, 1, 1)).end();
                for (int d = 0; d < 4; d++) {
                    cadres.value(o.id()).value("委员").value(r.nextInt(100) < 40 ? "FEMALE" : "MALE").value("COMMITTEE_MEMBER").value("DEPUTY")
                            .value(false).value(600_000 + r.nextInt(400_000)).value(LocalDate.of(2021, 1, 1)).end();
                }
            }
        }
        try (CopyRows centers = new CopyRows(connection, "service_center", "organization_id, floor_area, office_area, opening_hours")) {
            for (var o : orgs) {
                if (o.servesResidents()) {
                    int floor = 150 + r.nextInt(850);
                    centers.value(o.id()).value(floor).value(floor * (20 + r.nextInt(45)) / 100).value("周一至周五 8:30-17:30").end();
                }
            }
        }
        try (CopyRows funding = new CopyRows(connection, "funding", "organization_id, year, transfer_payment, operating_funds, collective_income")) {
            for (var o : orgs) {
                for (int year = 2024; o.servesResidents() && year <= 2025; year++) {
                    funding.value(o.id()).value(year).value(3_000_000 + r.nextInt(4_000_000)).value(50_000 + r.nextInt(150_000))
                            .value(r.nextInt(100) < 8 ? r.nextInt(5_000_000) : 5_000_000 + r.nextInt(50_000_000)).end();
                }
            }
        }
        enterprises(orgs, r);
        recruitment(orgs, r);
    }

    private void enterprises(List<SyntheticOrganization> orgs, SplittableRandom r) throws SQLException {
        long n = 0;
        try (CopyRows e = new CopyRows(connection, "enterprise", "organization_id, credit_code, name, sector, party_organization, formed_on, member_count, employees")) {
            for (var o : orgs) {
                if (!o.level().equals("TOWNSHIP")) {
                    continue;
                }
                for (int i = 0; i < 40; i++, n++) {
                    int roll = r.nextInt(100);
                    String party = roll < 22 ? "OWN" : roll < 52 ? "JOINT" : "NONE";
                    e.value(o.id()).value(String.format("91%06d%010d", seed % 1_000_000, n)).value("合成企业" + n)
                            .value(i < 30 ? "PRIVATE_ENTERPRISE" : "SOCIAL_ORGANIZATION").value(party)
                            .value(party.equals("NONE") ? null : LocalDate.of(2015 + r.nextInt(11), 1 + r.nextInt(12), 1))
                            .value(party.equals("NONE") ? r.nextInt(3) : 3 + r.nextInt(20)).value(10 + r.nextInt(500)).end();
                }
            }
        }
    }

    private void recruitment(List<SyntheticOrganization> orgs, SplittableRandom r) throws SQLException {
        try (CopyRows rec = new CopyRows(connection, "recruitment", "organization_id, name, birth_date, stage, applied_on, activist_on, candidate_on")) {
            for (var o : orgs) {
                if (!o.level().equals("TOWNSHIP")) {
                    continue;
                }
                for (int i = 0; i < 3; i++) {
                    LocalDate applied = LocalDate.of(2022 + r.nextInt(2), 1 + r.nextInt(12), 1);
                    LocalDate activist = applied.plusMonths(3 + r.nextInt(6));
                    // about one in ten promoted before the year of training is over: the violations the dashboard counts
                    LocalDate candidate = activist.plusMonths(r.nextInt(10) == 0 ? 8 : 12 + r.nextInt(6));
                    rec.value(o.id()).value("申请人").value(LocalDate.of(1995 + r.nextInt(10), 1 + r.nextInt(12), 1)).value("CANDIDATE")
                            .value(applied).value(activist).value(candidate).end();
                }
            }
        }
    }
}
