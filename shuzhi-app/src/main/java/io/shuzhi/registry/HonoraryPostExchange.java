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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Import and export of honorary posts, the same way as {@link FirstSecretaryExchange}; a term is organization + name +
 * title + servedFrom, and a re-import updates only 工作单位 and servedTo of the matching term.
 */
@Service
public class HonoraryPostExchange {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RecordExchange records;
    private final VillageLeadershipService leadership;
    private final RegistryAccess access;
    private final AuditLog audit;

    HonoraryPostExchange(JdbcClient jdbc, TransactionTemplate transactions, RecordExchange records,
                         VillageLeadershipService leadership, RegistryAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.records = records;
        this.leadership = leadership;
        this.access = access;
        this.audit = audit;
    }

    public ImportResult importHonoraryPosts(Caller caller, Path file, String fileName) {
        List<RowError> errors = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        List<HonoraryPost> rows = records.read(caller, file, fileName, HonoraryPostFile.COLUMNS, HonoraryPostFile::parse, errors, rowNumbers);
        InFileDuplicates.check(rows, rowNumbers, HonoraryPostFile::key, "name", "同一组织同一人同一名誉职务同一任职开始日期在文件中重复", errors);
        if (!errors.isEmpty()) {
            return ImportResult.failed(rows.size(), errors.size(), errors.stream().limit(ImportResult.MAX_REPORTED).toList());
        }
        return transactions.execute(status -> {
            long imported = 0;
            long updated = 0;
            for (HonoraryPost h : rows) {
                var p = new HashMap<String, Object>();
                p.put("org", h.organizationId());
                p.put("name", h.name());
                p.put("title", h.title().name());
                p.put("affiliation", h.affiliation());
                p.put("from", h.servedFrom());
                p.put("to", h.servedTo());
                // No unique index on the key (conferrals through the API may already hold duplicates): the lowest id is the term.
                Optional<Long> existing = jdbc.sql("""
                                SELECT id FROM honorary_post WHERE organization_id = :org AND name = :name AND title = :title AND served_from = :from
                                ORDER BY id LIMIT 1""").params(p).query(Long.class).optional();
                if (existing.isEmpty()) {
                    jdbc.sql("""
                                    INSERT INTO honorary_post (organization_id, name, title, affiliation, served_from, served_to)
                                    VALUES (:org, :name, :title, :affiliation, :from, :to)""")
                            .params(p).update();
                    imported++;
                } else {
                    updated += jdbc.sql("""
                                    UPDATE honorary_post SET affiliation = :affiliation, served_to = :to, version = version + 1
                                    WHERE id = :id AND (affiliation, served_to) IS DISTINCT FROM (CAST(:affiliation AS varchar), CAST(:to AS date))""")
                            .params(p).param("id", existing.get()).update();
                }
            }
            audit.record("honorary-post.imported", "HonoraryPostImport", fileName, null, null,
                    Map.of("rows", rows.size(), "imported", imported, "updated", updated));
            return new ImportResult(imported, updated, rows.size(), 0, List.of());
        });
    }

    /** Honorary posts in the subtree as listed by {@link VillageLeadershipService} (all terms), in the import format. */
    public void export(Caller caller, long organizationId, boolean csv, OutputStream out) throws IOException {
        Organization root = access.readable(caller, organizationId);
        Map<Long, String> codes = records.codesUnder(root);
        List<List<Object>> rows = leadership.honoraryPosts(caller, organizationId).stream()
                .map(h -> HonoraryPostFile.cells(codes.get(h.organizationId()), h)).toList();
        RecordTable.write("名誉书记（主任）", HonoraryPostFile.COLUMNS, rows, csv, out);
    }

    public static void template(boolean csv, OutputStream out) throws IOException {
        RecordTable.template(HonoraryPostFile.COLUMNS, csv, out);
    }
}
