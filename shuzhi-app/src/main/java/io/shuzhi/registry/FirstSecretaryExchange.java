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
import java.util.Optional;

/** Import and export of first secretaries, the same way as {@link CadreExchange}; a term is organization + name + servedFrom. */
@Service
public class FirstSecretaryExchange {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RecordExchange records;
    private final VillageLeadershipService leadership;
    private final RegistryAccess access;
    private final AuditLog audit;

    FirstSecretaryExchange(JdbcClient jdbc, TransactionTemplate transactions, RecordExchange records,
                           VillageLeadershipService leadership, RegistryAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.records = records;
        this.leadership = leadership;
        this.access = access;
        this.audit = audit;
    }

    public ImportResult importFirstSecretaries(Caller caller, Path file, String fileName) {
        List<RowError> errors = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        List<FirstSecretary> rows = records.read(caller, file, fileName, FirstSecretaryFile.COLUMNS, FirstSecretaryFile::parse, errors, rowNumbers);
        InFileDuplicates.check(rows, rowNumbers, FirstSecretaryFile::key, "name", "同一组织同一人同一任职开始日期在文件中重复", errors);
        if (!errors.isEmpty()) {
            return ImportResult.failed(rows.size(), errors.size(), errors.stream().limit(ImportResult.MAX_REPORTED).toList());
        }
        return transactions.execute(status -> {
            long imported = 0;
            long updated = 0;
            for (FirstSecretary f : rows) {
                var p = new java.util.HashMap<String, Object>();
                p.put("org", f.organizationId());
                p.put("name", f.name());
                p.put("by", f.dispatchedBy());
                p.put("from", f.servedFrom());
                p.put("to", f.servedTo());
                Optional<Long> existing = jdbc.sql("""
                                SELECT id FROM first_secretary WHERE organization_id = :org AND name = :name AND served_from = :from
                                ORDER BY id LIMIT 1""").params(p).query(Long.class).optional();
                if (existing.isEmpty()) {
                    jdbc.sql("INSERT INTO first_secretary (organization_id, name, dispatched_by, served_from, served_to) VALUES (:org, :name, :by, :from, :to)")
                            .params(p).update();
                    imported++;
                } else {
                    updated += jdbc.sql("""
                                    UPDATE first_secretary SET dispatched_by = :by, served_to = :to, version = version + 1
                                    WHERE id = :id AND (dispatched_by, served_to) IS DISTINCT FROM (CAST(:by AS varchar), CAST(:to AS date))""")
                            .params(p).param("id", existing.get()).update();
                }
            }
            audit.record("first-secretary.imported", "FirstSecretaryImport", fileName, null, null,
                    Map.of("rows", rows.size(), "imported", imported, "updated", updated));
            return new ImportResult(imported, updated, rows.size(), 0, List.of());
        });
    }

    /** First secretaries in the subtree as listed by {@link VillageLeadershipService}, in the import format. */
    public void export(Caller caller, long organizationId, boolean csv, OutputStream out) throws IOException {
        Organization root = access.readable(caller, organizationId);
        Map<Long, String> codes = records.codesUnder(root);
        List<List<Object>> rows = leadership.firstSecretaries(caller, organizationId).stream()
                .map(f -> FirstSecretaryFile.cells(codes.get(f.organizationId()), f)).toList();
        RecordTable.write("驻村第一书记", FirstSecretaryFile.COLUMNS, rows, csv, out);
    }

    public static void template(boolean csv, OutputStream out) throws IOException {
        RecordTable.template(FirstSecretaryFile.COLUMNS, csv, out);
    }
}
