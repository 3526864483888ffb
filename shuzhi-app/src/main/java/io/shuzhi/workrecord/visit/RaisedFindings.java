package io.shuzhi.workrecord.visit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.Map;

/**
 * The link from a visit's finding to the problem it became (table field_visit_problem), so a finding is raised once per
 * organization. The problem itself belongs to the rectification feature; this only remembers its id.
 */
@Repository
class RaisedFindings {

    private final JdbcClient jdbc;

    RaisedFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the visit row until the transaction ends: a second raise of the same visit (the double click) waits here,
     * then sees the first one's links and creates nothing.
     */
    void lock(long visitId) {
        jdbc.sql("SELECT id FROM field_visit WHERE id = :id FOR UPDATE").param("id", visitId).query(Long.class).optional();
    }

    /** Finding text → problem id, for the findings of the visit already raised for the organization. */
    Map<String, Long> problemsOf(long visitId, long organizationId) {
        Map<String, Long> raised = new HashMap<>();
        jdbc.sql("SELECT finding, problem_id FROM field_visit_problem WHERE field_visit_id = :v AND organization_id = :o")
                .param("v", visitId).param("o", organizationId)
                .query(rs -> {
                    raised.put(rs.getString("finding"), rs.getLong("problem_id"));
                });
        return raised;
    }

    void link(long visitId, long organizationId, String finding, long problemId) {
        jdbc.sql("""
                        INSERT INTO field_visit_problem (field_visit_id, organization_id, finding, problem_id)
                        VALUES (:v, :o, :finding, :p)""")
                .param("v", visitId).param("o", organizationId).param("finding", finding).param("p", problemId).update();
    }
}
