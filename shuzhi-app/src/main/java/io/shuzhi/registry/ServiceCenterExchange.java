package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.organization.Organization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Import and export of service centres, the same way as funding: one row per organization, upserted only when changed. */
@Service
public class ServiceCenterExchange {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RecordExchange records;
    private final ServiceCenterService centers;
    private final RegistryAccess access;
    private final AuditLog audit;

    ServiceCenterExchange(JdbcClient jdbc, TransactionTemplate transactions, RecordExchange records, ServiceCenterService centers,
                          RegistryAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.records = records;
        this.centers = centers;
        this.access = access;
        this.audit = audit;
    }

    public ImportResult importServiceCenters(Caller caller, Path file, String fileName) {
        List<RowError> errors = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        List<ServiceCenter> rows = records.read(caller, file, fileName, ServiceCenterFile.COLUMNS, ServiceCenterFile::parse, errors, rowNumbers);
        InFileDuplicates.check(rows, rowNumbers, ServiceCenter::organizationId, "orgCode", "同一组织在文件中重复", errors);
        if (!errors.isEmpty()) {
            return ImportResult.failed(rows.size(), errors.size(), errors.stream().limit(ImportResult.MAX_REPORTED).toList());
        }
        return transactions.execute(status -> {
            long imported = 0;
            long updated = 0;
            for (ServiceCenter s : rows) {
                boolean existed = jdbc.sql("SELECT count(*) FROM service_center WHERE organization_id = :o")
                        .param("o", s.organizationId()).query(Long.class).single() > 0;
                int changed = jdbc.sql("""
                                INSERT INTO service_center AS s (organization_id, floor_area, office_area, opening_hours, built_on)
                                VALUES (:o, :floor, :office, :hours, :builtOn)
                                ON CONFLICT (organization_id) DO UPDATE SET floor_area = EXCLUDED.floor_area, office_area = EXCLUDED.office_area,
                                    opening_hours = EXCLUDED.opening_hours, built_on = EXCLUDED.built_on, version = s.version + 1
                                WHERE (s.floor_area, s.office_area, s.opening_hours, s.built_on)
                                    IS DISTINCT FROM (EXCLUDED.floor_area, EXCLUDED.office_area, EXCLUDED.opening_hours, EXCLUDED.built_on)""")
                        .param("o", s.organizationId()).param("floor", s.floorArea()).param("office", s.officeArea())
                        .param("hours", s.openingHours()).param("builtOn", s.builtOn()).update();
                imported += existed ? 0 : changed;
                updated += existed ? changed : 0;
            }
            audit.record("service-center.imported", "ServiceCenterImport", fileName, null, null,
                    Map.of("rows", rows.size(), "imported", imported, "updated", updated));
            return new ImportResult(imported, updated, rows.size(), 0, List.of());
        });
    }

    public void export(Caller caller, long organizationId, boolean csv, OutputStream out) throws IOException {
        Organization root = access.readable(caller, organizationId);
        Map<Long, String> codes = records.codesUnder(root);
        List<List<Object>> rows = centers.list(caller, organizationId).stream()
                .map(s -> ServiceCenterFile.cells(codes.get(s.organizationId()), s)).toList();
        RecordTable.write("党群服务中心", ServiceCenterFile.COLUMNS, rows, csv, out);
    }

    public static void template(boolean csv, OutputStream out) throws IOException {
        RecordTable.template(ServiceCenterFile.COLUMNS, csv, out);
    }
}
