package io.shuzhi.statistics;

import io.shuzhi.organization.Organization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a subtree's figures by the root's direct children without a query per child (no N+1): the children's
 * own rollup rows where the rollups hold them ({@link RollupScope}), otherwise one live aggregate per record
 * type grouped by child.
 */
@Component
class BreakdownQuery {

    private final JdbcClient jdbc;
    private final IndicatorQueries indicators;

    BreakdownQuery(JdbcClient jdbc, IndicatorQueries indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    List<Breakdown> byChild(Organization root, int year) {
        return indicators.rollupScope().covers(root.depth() + 1, year) ? rolledUp(root, year) : live(root, year);
    }

    /** Each child's own rows of member_rollup and enterprise_rollup: its whole subtree, already summed. */
    private List<Breakdown> rolledUp(Organization root, int year) {
        return jdbc.sql("""
                        SELECT o.id, o.name, o.level, coalesce(m.total, 0) AS members, coalesce(m.young, 0) AS young,
                               coalesce(m.middle, 0) AS middle, coalesce(m.old, 0) AS old, coalesce(m.mobile, 0) AS mobile,
                               coalesce(e.private_total, 0) AS enterprises, coalesce(e.private_own + e.private_joint, 0) AS formed
                        FROM organization o
                        LEFT JOIN member_rollup m ON m.organization_id = o.id AND m.year = :year
                        LEFT JOIN enterprise_rollup e ON e.organization_id = o.id AND e.year = :year
                        WHERE o.parent_id = :root AND o.active ORDER BY o.code""")
                .param("root", root.id()).param("year", year)
                .query((rs, n) -> new Breakdown(rs.getLong("id"), rs.getString("name"), rs.getString("level"),
                        rs.getLong("members"), rs.getLong("young"), rs.getLong("middle"), rs.getLong("old"), rs.getLong("mobile"),
                        rs.getLong("enterprises"), rs.getLong("formed")))
                .list();
    }

    private record Counts(long childId, long members, long young, long middle, long old, long mobile) {
    }

    /** The child an organization belongs to is the id after the root's in its materialised path. */
    private List<Breakdown> live(Organization root, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        int childField = root.path().split("/").length + 1; // '/1/5/' splits into ["", "1", "5"]: the child is field 4 for split_part
        Map<Long, Counts> members = new HashMap<>();
        liveMembers(root, year, childField).forEach(c -> members.put(c.childId(), c));
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
