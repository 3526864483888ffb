package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.InvalidInputException;
import io.shuzhi.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Village and community cadres; a term ends by recording its last day, never by deleting the record. */
@Service
@Transactional(readOnly = true)
public class VillageCadreService {

    private static final String COLUMNS = """
            c.id, c.organization_id, c.name, c.gender, c.birth_date, c.post, c.rank, c.holds_both_posts, c.annual_pay,
            c.served_from, c.served_to""";

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final AuditLog audit;

    VillageCadreService(JdbcClient jdbc, RegistryAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** Cadres in office today or later in the subtree (those whose term has not ended). */
    public List<VillageCadre> list(Caller caller, long organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM village_cadre c JOIN organization o ON o.id = c.organization_id"
                        + " WHERE o.path LIKE :rootPath || '%' AND c.served_to IS NULL ORDER BY o.path, c.rank DESC, c.post, c.name")
                .param("rootPath", access.readable(caller, organizationId).path()).query(VillageCadre.class).list();
    }

    public VillageCadre get(Caller caller, long id) {
        VillageCadre c = jdbc.sql("SELECT " + COLUMNS + " FROM village_cadre c WHERE c.id = :id").param("id", id)
                .query(VillageCadre.class).optional().orElseThrow(() -> new NotFoundException("VillageCadre", id));
        access.readable(caller, c.organizationId());
        return c;
    }

    @Transactional
    public VillageCadre appoint(Caller caller, VillageCadre c) {
        access.writable(caller, c.organizationId());
        check(c);
        long id = jdbc.sql("""
                        INSERT INTO village_cadre (organization_id, name, gender, birth_date, post, rank, holds_both_posts,
                            annual_pay, served_from, served_to)
                        VALUES (:org, :name, :gender, :birthDate, :post, :rank, :both, :pay, :from, :to) RETURNING id""")
                .params(params(c)).query(Long.class).single();
        VillageCadre created = get(caller, id);
        audit.record("village-cadre.appointed", "VillageCadre", id, c.organizationId(), null, created);
        return created;
    }

    @Transactional
    public VillageCadre update(Caller caller, long id, VillageCadre c) {
        VillageCadre before = get(caller, id);
        access.writable(caller, before.organizationId());
        access.writable(caller, c.organizationId());
        check(c);
        jdbc.sql("""
                        UPDATE village_cadre SET organization_id = :org, name = :name, gender = :gender, birth_date = :birthDate,
                            post = :post, rank = :rank, holds_both_posts = :both, annual_pay = :pay, served_from = :from,
                            served_to = :to, version = version + 1 WHERE id = :id""")
                .params(params(c)).param("id", id).update();
        VillageCadre after = get(caller, id);
        audit.record("village-cadre.updated", "VillageCadre", id, c.organizationId(), before, after);
        return after;
    }

    private static void check(VillageCadre c) {
        String problem = c.inconsistency();
        if (problem != null) {
            throw new InvalidInputException("village-cadre.inconsistent", "post", problem);
        }
    }

    private static Map<String, Object> params(VillageCadre c) {
        var p = new HashMap<String, Object>();
        p.put("org", c.organizationId());
        p.put("name", c.name().trim());
        p.put("gender", c.gender().name());
        p.put("birthDate", c.birthDate());
        p.put("post", c.post().name());
        p.put("rank", c.rank().name());
        p.put("both", c.holdsBothPosts());
        p.put("pay", c.annualPay());
        p.put("from", c.servedFrom());
        p.put("to", c.servedTo());
        return p;
    }
}
