package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** First secretaries and honorary posts: people from outside who lead or support a village for a period. */
@Service
@Transactional(readOnly = true)
public class VillageLeadershipService {

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final AuditLog audit;

    VillageLeadershipService(JdbcClient jdbc, RegistryAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    public List<FirstSecretary> firstSecretaries(Caller caller, long organizationId) {
        return jdbc.sql("SELECT f.id, f.organization_id, f.name, f.dispatched_by, f.served_from, f.served_to FROM first_secretary f"
                        + " JOIN organization o ON o.id = f.organization_id WHERE o.path LIKE :rootPath || '%' ORDER BY o.path, f.served_from DESC")
                .param("rootPath", access.readable(caller, organizationId).path()).query(FirstSecretary.class).list();
    }

    public List<HonoraryPost> honoraryPosts(Caller caller, long organizationId) {
        return jdbc.sql("SELECT h.id, h.organization_id, h.name, h.title, h.affiliation, h.served_from, h.served_to FROM honorary_post h"
                        + " JOIN organization o ON o.id = h.organization_id WHERE o.path LIKE :rootPath || '%' ORDER BY o.path, h.served_from DESC")
                .param("rootPath", access.readable(caller, organizationId).path()).query(HonoraryPost.class).list();
    }

    @Transactional
    public FirstSecretary dispatch(Caller caller, FirstSecretary f) {
        access.writable(caller, f.organizationId());
        checkTerm(f.servedFrom(), f.servedTo());
        long id = jdbc.sql("INSERT INTO first_secretary (organization_id, name, dispatched_by, served_from, served_to)"
                        + " VALUES (:org, :name, :by, :from, :to) RETURNING id")
                .param("org", f.organizationId()).param("name", f.name().trim()).param("by", f.dispatchedBy().trim())
                .param("from", f.servedFrom()).param("to", f.servedTo()).query(Long.class).single();
        FirstSecretary created = new FirstSecretary(id, f.organizationId(), f.name().trim(), f.dispatchedBy().trim(), f.servedFrom(), f.servedTo());
        audit.record("first-secretary.dispatched", "FirstSecretary", id, f.organizationId(), null, created);
        return created;
    }

    @Transactional
    public HonoraryPost confer(Caller caller, HonoraryPost h) {
        access.writable(caller, h.organizationId());
        checkTerm(h.servedFrom(), h.servedTo());
        long id = jdbc.sql("INSERT INTO honorary_post (organization_id, name, title, affiliation, served_from, served_to)"
                        + " VALUES (:org, :name, :title, :affiliation, :from, :to) RETURNING id")
                .param("org", h.organizationId()).param("name", h.name().trim()).param("title", h.title().name())
                .param("affiliation", h.affiliation()).param("from", h.servedFrom()).param("to", h.servedTo())
                .query(Long.class).single();
        HonoraryPost created = new HonoraryPost(id, h.organizationId(), h.name().trim(), h.title(), h.affiliation(), h.servedFrom(), h.servedTo());
        audit.record("honorary-post.conferred", "HonoraryPost", id, h.organizationId(), null, created);
        return created;
    }

    private static void checkTerm(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw new InvalidInputException("registry.term", "servedTo", "任职结束日期不能早于开始日期 / The term ends before it starts");
        }
    }
}
