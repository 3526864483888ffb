package io.shuzhi.rectification;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

@Repository
class EvidenceRepository {

    private static final RowMapper<Evidence> MAPPER = (rs, n) -> new Evidence(rs.getLong("id"), rs.getLong("problem_id"),
            rs.getInt("revision"), rs.getString("file_name"), rs.getString("content_type"), rs.getString("storage_key"),
            rs.getString("sha256"), rs.getLong("size_bytes"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Called with the problem row locked, so max(revision) + 1 is safe. */
    Evidence insert(Evidence e) {
        long id = jdbc.sql("""
                        INSERT INTO problem_evidence (problem_id, revision, file_name, content_type, storage_key, sha256, size_bytes, uploaded_at, uploaded_by)
                        VALUES (:problem, (SELECT coalesce(max(revision), 0) + 1 FROM problem_evidence WHERE problem_id = :problem),
                                :fileName, :contentType, :key, :sha256, :size, :at, :by)
                        RETURNING id""")
                .param("problem", e.problemId()).param("fileName", e.fileName()).param("contentType", e.contentType())
                .param("key", e.storageKey()).param("sha256", e.sha256()).param("size", e.sizeBytes())
                .param("at", Timestamp.from(e.uploadedAt())).param("by", e.uploadedBy())
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    Optional<Evidence> find(long id) {
        return jdbc.sql("SELECT * FROM problem_evidence WHERE id = :id").param("id", id).query(MAPPER).optional();
    }

    List<Evidence> ofProblem(long problemId) {
        return jdbc.sql("SELECT * FROM problem_evidence WHERE problem_id = :id ORDER BY revision")
                .param("id", problemId).query(MAPPER).list();
    }

    int count(long problemId) {
        return jdbc.sql("SELECT count(*) FROM problem_evidence WHERE problem_id = :id").param("id", problemId)
                .query(Integer.class).single();
    }
}
