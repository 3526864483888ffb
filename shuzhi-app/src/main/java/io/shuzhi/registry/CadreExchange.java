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

/**
 * Import and export of village cadres, on the same reader and rules as {@link RecordExchange}: validated into memory,
 * all or nothing in one transaction, a row matched to the stored term with the same organization, name, post and
 * first day in office (see {@link CadreFile}), so re-importing the same file changes nothing.
 */
@Service
public class CadreExchange {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RecordExchange records;
    private final VillageCadreService cadres;
    private final RegistryAccess access;
    private final AuditLog audit;

    CadreExchange(JdbcClient jdbc, TransactionTemplate transactions, RecordExchange records, VillageCadreService cadres,
                  RegistryAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.records = records;
        this.cadres = cadres;
        this.access = access;
        this.audit = audit;
    }

    public ImportResult importCadres(Caller caller, Path file, String fileName) {
        List<RowError> errors = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        List<VillageCadre> rows = records.read(caller, file, fileName, CadreFile.COLUMNS, CadreFile::parse, errors, rowNumbers);
        InFileDuplicates.check(rows, rowNumbers, CadreFile::key, "name", "同一组织同一人同一职务同一任职开始日期在文件中重复", errors);
        if (!errors.isEmpty()) {
            return ImportResult.failed(rows.size(), errors.size(), errors.stream().limit(ImportResult.MAX_REPORTED).toList());
        }
        return transactions.execute(status -> {
            long imported = 0;
            long updated = 0;
            for (VillageCadre c : rows) {
                Map<String, Object> p = params(c);
                Optional<Long> existing = jdbc.sql("""
                                SELECT id FROM village_cadre WHERE organization_id = :org AND name = :name AND post = :post
                                    AND served_from = :from ORDER BY id LIMIT 1""")
                        .params(p).query(Long.class).optional();
                if (existing.isEmpty()) {
                    jdbc.sql("""
                                    INSERT INTO village_cadre (organization_id, name, gender, birth_date, post, rank, holds_both_posts,
                                        annual_pay, served_from, served_to)
                                    VALUES (:org, :name, :gender, :birthDate, :post, :rank, :both, :pay, :from, :to)""")
                            .params(p).update();
                    imported++;
                } else {
                    updated += jdbc.sql("""
                                    UPDATE village_cadre SET gender = :gender, birth_date = :birthDate, rank = :rank,
                                        holds_both_posts = :both, annual_pay = :pay, served_to = :to, version = version + 1
                                    WHERE id = :id AND (gender, birth_date, rank, holds_both_posts, annual_pay, served_to)
                                        IS DISTINCT FROM (:gender, CAST(:birthDate AS date), :rank, :both, CAST(:pay AS bigint), CAST(:to AS date))""")
                            .params(p).param("id", existing.get()).update();
                }
            }
            audit.record("village-cadre.imported", "VillageCadreImport", fileName, null, null,
                    Map.of("rows", rows.size(), "imported", imported, "updated", updated));
            return new ImportResult(imported, updated, rows.size(), 0, List.of());
        });
    }

    /** Cadres in office in the subtree, in the import format (.xlsx, or UTF-8 .csv with a BOM). */
    public void exportCadres(Caller caller, long organizationId, boolean csv, OutputStream out) throws IOException {
        Organization root = access.readable(caller, organizationId);
        Map<Long, String> codes = records.codesUnder(root);
        List<List<Object>> rows = cadres.list(caller, organizationId).stream()
                .map(c -> CadreFile.cells(codes.get(c.organizationId()), c)).toList();
        RecordTable.write("两委干部", CadreFile.COLUMNS, rows, csv, out);
    }

    public static void template(boolean csv, OutputStream out) throws IOException {
        RecordTable.template(CadreFile.COLUMNS, csv, out);
    }

    private static Map<String, Object> params(VillageCadre c) {
        var p = new java.util.HashMap<String, Object>();
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
