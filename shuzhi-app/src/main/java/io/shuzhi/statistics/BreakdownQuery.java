package io.shuzhi.statistics;

import io.shuzhi.organization.Organization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a subtree's figures by the root's direct children in one query per record type (no N+1): member
 * figures are the children's own rows of {@code member_rollup} for the years it keeps; otherwise, and for
 * enterprises, the child an organization belongs to is the id after the root's in its materialised path.
 */
@Component
class BreakdownQuery {

    private final JdbcClient jdbc;
    private final IndicatorQueries indicators;

    BreakdownQuery(JdbcClient jdbc, IndicatorQueries indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    private record Counts(long childId, long members, long young, long middle, long old, long mobile) {
    }

    List<Breakdown> byChild(Organization root, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        int childField = root.path().split("/").length + 1; // '/1/5/' splits into ["", "1", "5"]: the child is field 4 for split_part
        int[] window = indicators.tallyWindow();
        Map<Long, Counts> members = new HashMap<>();
        (year >= window[0] && year <= window[1] ? rolledUpMembers(root, year) : liveMembers(root, year, childField))
                .forEach(c -> members.put(c.childId(), c));
        record Enterprises(long childId, long total, long formed) {
        }
        Map<Long, Enterprises> enterprises = new HashMap<>();
        jdbc.sql("""
                        SELECT split_part(o.path, '/', :field)::bigint AS child_id, count(*) AS total,
                               count(*) FILTER (WHERE e.party_organization <> 'NONE' AND e.formed_on <= :end) AS formed
                        FROM enterprise e JOIN organization o ON o.id = e.organization_id
                        WHERE o.path LIKE :rootPath || '%' AND o.path <> :rootPath AND e.sector = 'PRIVATE_ENTERPRISE'
                          AND (e.registered_on IS NULL OR e.registered_on <= :end) AND (e.closed_on IS NULL OR e.closed_on > :end)
                        GROUP BY 1""")
                .param("field", childField).param("rootPath", root.path()).param("end", end)
                .query(Enterprises.class).list().forEach(e -> enterprises.put(e.childId(), e));
        return jdbc.sql("SELECT id, name, level FROM organization WHERE parent_id = :root AND active ORDER BY code")
                .param("root", root.id())
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    Counts c = members.getOrDefault(id, new Counts(id, 0, 0, 0, 0, 0));
                    Enterprises e = enterprises.getOrDefault(id, new Enterprises(id, 0, 0));
                    return new Breakdown(id, rs.getString("name"), rs.getString("level"), c.members(), c.young(), c.middle(),
                            c.old(), c.mobile(), e.total(), e.formed());
                }).list();
    }

    /** Each child's own row of member_rollup: its whole subtree, already summed. */
    private List<Counts> rolledUpMembers(Organization root, int year) {
        return jdbc.sql("""
                        SELECT r.organization_id AS child_id, r.total AS members, r.young, r.middle, r.old, r.mobile
                        FROM organization o JOIN member_rollup r ON r.organization_id = o.id
                        WHERE o.parent_id = :root AND r.year = :year""")
                .param("root", root.id()).param("year", year)
                .query(Counts.class).list();
    }

    private List<Counts> liveMembers(Organization root, int year, int childField) {
        return jdbc.sql("""
                        SELECT split_part(o.path, '/', :field)::bigint AS child_id, count(*) AS members,
                               count(*) FILTER (WHERE m.birth_date >= make_date(:youngFrom, 1, 1)) AS young,
                               count(*) FILTER (WHERE m.birth_date BETWEEN make_date(:middleFrom, 1, 1) AND make_date(:middleTo, 12, 31)) AS middle,
                               count(*) FILTER (WHERE m.birth_date <= make_date(:oldTo, 12, 31)) AS old,
                               count(*) FILTER (WHERE m.mobile AND (m.mobile_since IS NULL OR m.mobile_since <= :end)) AS mobile
                        FROM member m JOIN organization o ON o.id = m.organization_id
                        WHERE o.path LIKE :rootPath || '%' AND o.path <> :rootPath
                          AND m.join_date <= :end AND (m.left_on IS NULL OR m.left_on > :end)
                        GROUP BY 1""")
                .param("field", childField).param("rootPath", root.path()).param("end", LocalDate.of(year, 12, 31))
                .param("youngFrom", AgeBand.UP_TO_35.firstBirthYear(year))
                .param("middleFrom", AgeBand.FROM_36_TO_54.firstBirthYear(year)).param("middleTo", AgeBand.FROM_36_TO_54.lastBirthYear(year))
                .param("oldTo", AgeBand.FROM_55.lastBirthYear(year))
                .query(Counts.class).list();
    }
}
