package io.shuzhi.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class EnterpriseRepository {

    private static final String COLUMNS = """
            e.id, e.organization_id, e.credit_code, e.name, e.sector, e.party_organization, e.formed_on,
            e.member_count, e.employees, e.registered_on, e.closed_on""";

    private final JdbcClient jdbc;

    EnterpriseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Enterprise> inSubtree(String rootPath) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise e JOIN organization o ON o.id = e.organization_id"
                        + " WHERE o.path LIKE :rootPath || '%' ORDER BY o.path, e.name")
                .param("rootPath", rootPath).query(Enterprise.class).list();
    }

    Optional<Enterprise> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise e WHERE e.id = :id").param("id", id).query(Enterprise.class).optional();
    }

    Optional<Long> idOf(String creditCode) {
        return jdbc.sql("SELECT id FROM enterprise WHERE credit_code = :code").param("code", creditCode).query(Long.class).optional();
    }

    long insert(Enterprise e) {
        return jdbc.sql("""
                        INSERT INTO enterprise (organization_id, credit_code, name, sector, party_organization, formed_on,
                            member_count, employees, registered_on, closed_on)
                        VALUES (:org, :code, :name, :sector, :party, :formedOn, :members, :employees, :registeredOn, :closedOn)
                        RETURNING id""")
                .params(params(e)).query(Long.class).single();
    }

    /** True when something changed. */
    boolean update(long id, Enterprise e) {
        return jdbc.sql("""
                        UPDATE enterprise SET organization_id = :org, credit_code = :code, name = :name, sector = :sector,
                            party_organization = :party, formed_on = :formedOn, member_count = :members, employees = :employees,
                            registered_on = :registeredOn, closed_on = :closedOn, version = version + 1
                        WHERE id = :id AND (organization_id, credit_code, name, sector, party_organization, formed_on, member_count,
                            employees, registered_on, closed_on) IS DISTINCT FROM (:org, :code, :name, :sector, :party,
                            CAST(:formedOn AS date), :members, CAST(:employees AS int), CAST(:registeredOn AS date), CAST(:closedOn AS date))""")
                .params(params(e)).param("id", id).update() > 0;
    }

    private static java.util.Map<String, Object> params(Enterprise e) {
        var p = new java.util.HashMap<String, Object>();
        p.put("org", e.organizationId());
        p.put("code", e.creditCode());
        p.put("name", e.name());
        p.put("sector", e.sector().name());
        p.put("party", e.partyOrganization().name());
        p.put("formedOn", e.formedOn());
        p.put("members", e.memberCount());
        p.put("employees", e.employees());
        p.put("registeredOn", e.registeredOn());
        p.put("closedOn", e.closedOn());
        return p;
    }
}
