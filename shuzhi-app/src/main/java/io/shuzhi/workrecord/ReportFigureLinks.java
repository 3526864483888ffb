package io.shuzhi.workrecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Keeps a sentence inserted into a duty report linked to the records its figures came from (report id + version +
 * the {@link RecordRef}s), and tells the report's readers whose records to read: the leader of an organization.
 * Public for the report editor and the reading view; workrecord knows reports only by id.
 */
@Service
@Transactional(readOnly = true)
public class ReportFigureLinks {

    /** One stored link. */
    public record Link(long reportId, int version, String sentence, RecordRef record) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportFigureLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void link(long reportId, int version, String sentence, List<RecordRef> records, String linkedBy) {
        for (RecordRef r : records) {
            jdbc.sql("""
                            INSERT INTO report_figure_link (report_id, version, sentence, record_type, record_id, linked_at, linked_by)
                            VALUES (:report, :version, :sentence, :type, :record, :at, :by)""")
                    .param("report", reportId).param("version", version).param("sentence", sentence)
                    .param("type", r.type()).param("record", r.id())
                    .param("at", java.sql.Timestamp.from(clock.instant())).param("by", linkedBy).update();
        }
    }

    public List<Link> links(long reportId) {
        return jdbc.sql("SELECT report_id, version, sentence, record_type, record_id FROM report_figure_link WHERE report_id = :r ORDER BY id")
                .param("r", reportId)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getInt(2), rs.getString(3), new RecordRef(rs.getString(4), rs.getLong(5))))
                .list();
    }

    /** The user holding SECRETARY on exactly this organization (the lowest id if several), if any. */
    public java.util.Optional<Long> secretaryOf(long organizationId) {
        return jdbc.sql("""
                        SELECT g.user_id FROM role_grant g JOIN app_user u ON u.id = g.user_id
                        WHERE g.role = 'SECRETARY' AND g.organization_id = :o AND u.active ORDER BY g.user_id LIMIT 1""")
                .param("o", organizationId).query(Long.class).optional();
    }

    /** A user by login name, e.g. the one a report version records as its author. */
    public java.util.Optional<Long> userNamed(String username) {
        if (username == null) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).optional();
    }
}
