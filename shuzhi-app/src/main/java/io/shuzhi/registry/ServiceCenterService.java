package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** One service centre per village or community, recorded and corrected in place. */
@Service
@Transactional(readOnly = true)
public class ServiceCenterService {

    private static final String COLUMNS = "s.id, s.organization_id, s.floor_area, s.office_area, s.opening_hours, s.built_on";

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final AuditLog audit;

    ServiceCenterService(JdbcClient jdbc, RegistryAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    public List<ServiceCenter> list(Caller caller, long organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_center s JOIN organization o ON o.id = s.organization_id"
                        + " WHERE o.path LIKE :rootPath || '%' ORDER BY o.path")
                .param("rootPath", access.readable(caller, organizationId).path()).query(ServiceCenter.class).list();
    }

    @Transactional
    public ServiceCenter record(Caller caller, ServiceCenter s) {
        access.writable(caller, s.organizationId());
        if (s.officeArea().compareTo(s.floorArea()) > 0) {
            throw new InvalidInputException("service-center.office-area", "officeArea", "办公用房面积不能大于总面积 / Office area exceeds floor area");
        }
        ServiceCenter before = find(s.organizationId());
        jdbc.sql("""
                        INSERT INTO service_center (organization_id, floor_area, office_area, opening_hours, built_on)
                        VALUES (:org, :floor, :office, :hours, :builtOn)
                        ON CONFLICT (organization_id) DO UPDATE SET floor_area = EXCLUDED.floor_area, office_area = EXCLUDED.office_area,
                            opening_hours = EXCLUDED.opening_hours, built_on = EXCLUDED.built_on, version = service_center.version + 1""")
                .param("org", s.organizationId()).param("floor", s.floorArea()).param("office", s.officeArea())
                .param("hours", s.openingHours()).param("builtOn", s.builtOn()).update();
        ServiceCenter after = find(s.organizationId());
        audit.record(before == null ? "service-center.recorded" : "service-center.updated", "ServiceCenter", after.id(), s.organizationId(), before, after);
        return after;
    }

    private ServiceCenter find(long organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_center s WHERE s.organization_id = :org").param("org", organizationId)
                .query(ServiceCenter.class).optional().orElse(null);
    }
}
