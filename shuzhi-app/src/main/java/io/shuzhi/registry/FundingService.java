package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.organization.Level;
import io.shuzhi.organization.Organization;
import io.shuzhi.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Yearly funding per village or community; one record per organization and year, replaced on re-entry. */
@Service
@Transactional(readOnly = true)
public class FundingService {

    private static final String COLUMNS = "f.id, f.organization_id, f.year, f.transfer_payment, f.operating_funds, f.collective_income";

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final AuditLog audit;

    FundingService(JdbcClient jdbc, RegistryAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    public List<Funding> list(Caller caller, long organizationId, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM funding f JOIN organization o ON o.id = f.organization_id"
                        + " WHERE o.path LIKE :rootPath || '%' AND f.year = :year ORDER BY o.path")
                .param("rootPath", access.readable(caller, organizationId).path()).param("year", year)
                .query(Funding.class).list();
    }

    /** Records the year's funding of a village or community, replacing what was recorded for that year. */
    @Transactional
    public Funding record(Caller caller, Funding f) {
        Organization org = access.writable(caller, f.organizationId());
        if (org.level() != Level.VILLAGE && org.level() != Level.COMMUNITY) {
            throw new InvalidInputException("funding.not-a-village", "organizationId", "经费只登记到村或社区 / Funding is recorded for villages and communities only");
        }
        Funding before = find(f.organizationId(), f.year());
        jdbc.sql("""
                        INSERT INTO funding (organization_id, year, transfer_payment, operating_funds, collective_income)
                        VALUES (:org, :year, :transfer, :operating, :collective)
                        ON CONFLICT (organization_id, year) DO UPDATE SET transfer_payment = EXCLUDED.transfer_payment,
                            operating_funds = EXCLUDED.operating_funds, collective_income = EXCLUDED.collective_income,
                            version = funding.version + 1""")
                .param("org", f.organizationId()).param("year", f.year()).param("transfer", f.transferPayment())
                .param("operating", f.operatingFunds()).param("collective", f.collectiveIncome()).update();
        Funding after = find(f.organizationId(), f.year());
        audit.record(before == null ? "funding.recorded" : "funding.updated", "Funding", after.id(), f.organizationId(), before, after);
        return after;
    }

    private Funding find(long organizationId, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM funding f WHERE f.organization_id = :org AND f.year = :year")
                .param("org", organizationId).param("year", year).query(Funding.class).optional().orElse(null);
    }
}
