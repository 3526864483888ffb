package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
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

/**
 * Import and export of enterprises and funding. These tables are small (tens of thousands of rows per province),
 * so rows are validated into memory and written one statement each, all or nothing in one transaction.
 */
@Service
public class RecordExchange {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EnterpriseRepository enterprises;
    private final EnterpriseService enterpriseService;
    private final FundingService funding;
    private final RegistryAccess access;
    private final AuditLog audit;

    RecordExchange(JdbcClient jdbc, TransactionTemplate transactions, EnterpriseRepository enterprises,
                   EnterpriseService enterpriseService, FundingService funding, RegistryAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.enterprises = enterprises;
        this.enterpriseService = enterpriseService;
        this.funding = funding;
        this.access = access;
        this.audit = audit;
    }

    public ImportResult importEnterprises(Caller caller, Path file, String fileName) {
        List<RowError> errors = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        List<Enterprise> rows = read(caller, file, fileName, EnterpriseFile.COLUMNS, EnterpriseFile::parse, errors, rowNumbers);
        InFileDuplicates.check(rows, rowNumbers, Enterprise::creditCode, "creditCode", "统一社会信用代码在文件中重复", errors);
        if (!errors.isEmpty()) {
            return ImportResult.failed(rows.size(), errors.size(), errors.stream().limit(ImportResult.MAX_REPORTED).toList());
        }
        return transactions.execute(status -> {
            long imported = 0;
            long updated = 0;
            for (Enterprise e : rows) {
                var existing = enterprises.idOf(e.creditCode());
                if (existing.isEmpty()) {
                    enterprises.insert(e);
                    imported++;
                } else {
                    access.writable(caller, enterprises.findById(existing.get()).orElseThrow().organizationId());
                    updated += enterprises.update(existing.get(), e) ? 1 : 0;
                }
            }
            audit.record("enterprise.imported", "EnterpriseImport", fileName, null, null, Map.of("rows", rows.size(), "imported", imported, "updated", updated));
            return new ImportResult(imported, updated, rows.size(), 0, List.of());
        });
    }

    public ImportResult importFunding(Caller caller, Path file, String fileName) {
        List<RowError> errors = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        List<Funding> rows = read(caller, file, fileName, FundingFile.COLUMNS, FundingFile::parse, errors, rowNumbers);
        InFileDuplicates.check(rows, rowNumbers, f -> f.organizationId() + "/" + f.year(), "year", "同一组织同一年度在文件中重复", errors);
        if (!errors.isEmpty()) {
            return ImportResult.failed(rows.size(), errors.size(), errors.stream().limit(ImportResult.MAX_REPORTED).toList());
        }
        return transactions.execute(status -> {
            long imported = 0;
            long updated = 0;
            for (Funding f : rows) {
                boolean existed = jdbc.sql("SELECT count(*) FROM funding WHERE organization_id = :o AND year = :y")
                        .param("o", f.organizationId()).param("y", f.year()).query(Long.class).single() > 0;
                int changed = jdbc.sql("""
                                INSERT INTO funding AS f (organization_id, year, transfer_payment, operating_funds, collective_income)
                                VALUES (:o, :y, :t, :op, :c)
                                ON CONFLICT (organization_id, year) DO UPDATE SET transfer_payment = EXCLUDED.transfer_payment,
                                    operating_funds = EXCLUDED.operating_funds, collective_income = EXCLUDED.collective_income, version = f.version + 1
                                WHERE (f.transfer_payment, f.operating_funds, f.collective_income)
                                    IS DISTINCT FROM (EXCLUDED.transfer_payment, EXCLUDED.operating_funds, EXCLUDED.collective_income)""")
                        .param("o", f.organizationId()).param("y", f.year()).param("t", f.transferPayment())
                        .param("op", f.operatingFunds()).param("c", f.collectiveIncome()).update();
                imported += existed ? 0 : changed;
                updated += existed ? changed : 0;
            }
            audit.record("funding.imported", "FundingImport", fileName, null, null, Map.of("rows", rows.size(), "imported", imported, "updated", updated));
            return new ImportResult(imported, updated, rows.size(), 0, List.of());
        });
    }

    public void exportEnterprises(Caller caller, long organizationId, OutputStream out) throws IOException {
        Organization root = access.readable(caller, organizationId);
        Map<Long, String> codes = codesUnder(root);
        try (XlsxTable table = new XlsxTable("两新组织", EnterpriseFile.COLUMNS.chineseNames())) {
            enterpriseService.list(caller, organizationId).forEach(e -> table.row(EnterpriseFile.cells(codes.get(e.organizationId()), e)));
            table.write(out);
        }
    }

    public void exportFunding(Caller caller, long organizationId, int year, OutputStream out) throws IOException {
        Organization root = access.readable(caller, organizationId);
        Map<Long, String> codes = codesUnder(root);
        try (XlsxTable table = new XlsxTable(year + "年村级经费", FundingFile.COLUMNS.chineseNames())) {
            funding.list(caller, organizationId, year).forEach(f -> table.row(FundingFile.cells(codes.get(f.organizationId()), f)));
            table.write(out);
        }
    }

    public static void template(Columns columns, OutputStream out) throws IOException {
        try (XlsxTable table = new XlsxTable("模板", columns.chineseNames())) {
            table.write(out);
        }
    }

    Map<Long, String> codesUnder(Organization root) {
        Map<Long, String> codes = new java.util.HashMap<>();
        jdbc.sql("SELECT id, code FROM organization WHERE path LIKE :p || '%'").param("p", root.path())
                .query(rs -> {
                    codes.put(rs.getLong("id"), rs.getString("code"));
                });
        return codes;
    }

    interface RowParser<T> {
        RecordFile.Parsed<T> parse(int row, Columns.Header header, List<String> cells, MemberRowParser.Organizations orgs);
    }

    /**
     * The valid rows of an import file, collecting what is wrong with the others in {@code errors}. Also fills
     * {@code rowNumbers} with the file row of each value returned, so a check across rows (a key repeated in the file,
     * {@link InFileDuplicates}) can name the row it is about even when rows before it were rejected.
     */
    <T> List<T> read(Caller caller, Path file, String fileName, Columns columns, RowParser<T> parser, List<RowError> errors,
                     List<Integer> rowNumbers) {
        var orgs = new ImportOrganizations(jdbc, caller.scopeFor(Role.ORGANIZATION_DEPARTMENT));
        List<T> rows = new ArrayList<>();
        Columns.Header[] header = {null};
        SheetReader.read(file, fileName, (rowNumber, cells) -> {
            if (header[0] == null) {
                header[0] = columns.header(cells);
                header[0].missing().forEach(m -> errors.add(new RowError(rowNumber, m, "缺少列：" + m + "（" + columns.chineseByName().get(m) + "）")));
                return;
            }
            var parsed = parser.parse(rowNumber, header[0], cells, orgs);
            errors.addAll(parsed.errors());
            if (parsed.value() != null) {
                rows.add(parsed.value());
                rowNumbers.add(rowNumber);
            }
        });
        if (header[0] == null) {
            errors.add(new RowError(1, "", "文件为空，缺少表头"));
        }
        return rows;
    }
}
