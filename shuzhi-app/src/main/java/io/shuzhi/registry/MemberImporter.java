package io.shuzhi.registry;

import io.shuzhi.account.Caller;
import io.shuzhi.account.Role;
import io.shuzhi.account.Scope;
import io.shuzhi.audit.AuditLog;
import io.shuzhi.shared.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Imports a member file in one transaction: every row is validated and streamed into a temporary table with
 * COPY, duplicates and out-of-scope matches are found with SQL, and only a file without a single problem is
 * merged into {@code member} — by the keyed hash of the ID number, so importing the same file again changes
 * nothing. Memory stays flat whatever the file size.
 */
@Service
public class MemberImporter {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    MemberImporter(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, PersonalDataCipher cipher,
                   AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    public ImportResult importFile(Caller caller, Path file, String fileName) {
        return importFile(caller, file, fileName, null);
    }

    ImportResult importFile(Caller caller, Path file, String fileName, ImportProgress.Tracker tracker) {
        Scope writable = caller.scopeFor(Role.ORGANIZATION_DEPARTMENT);
        ImportResult result = transactions.execute(status -> {
            ImportResult r = stageAndMerge(writable, file, fileName, tracker);
            if (r.failed()) {
                status.setRollbackOnly();
            } else {
                audit.record("member.imported", "MemberImport", fileName, null, null,
                        Map.of("file", fileName, "rows", r.rows(), "imported", r.imported(), "updated", r.updated()));
            }
            return r;
        });
        if (tracker != null) {
            tracker.result = result;
        }
        return result;
    }

    private ImportResult stageAndMerge(Scope writable, Path file, String fileName, ImportProgress.Tracker tracker) {
        jdbc.sql(MemberStagingSql.CREATE).update();
        var errors = new ImportErrors();
        long rows;
        // organization codes are looked up on a second connection: the transaction's own is busy with the COPY
        try (Connection lookups = dataSource.getConnection();
             CopyWriter copy = new CopyWriter(DataSourceUtils.getConnection(dataSource), MemberStagingSql.COPY)) {
            lookups.setReadOnly(true);
            var organizations = new ImportOrganizations(JdbcClient.create(new SingleConnectionDataSource(lookups, true)), writable);
            var parser = new MemberRowParser(organizations, LocalDate.now(clock));
            rows = new MemberFileStager(parser, cipher, copy).stage(file, fileName, errors,
                    tracker == null ? n -> { } : tracker.rows::set);
            copy.finish();
        } catch (SQLException e) {
            throw new IllegalStateException("staging the member import failed", e);
        }
        if (errors.count() == 0) {
            jdbc.sql(MemberStagingSql.DUPLICATES).query((rs, n) -> new RowError(rs.getInt("row_no"), "idNumber",
                    "身份证号与第" + rs.getInt("first_row") + "行重复")).list().forEach(errors::add);
            writable.bind(jdbc.sql(MemberStagingSql.OUT_OF_SCOPE)).query((rs, n) -> new RowError(rs.getInt("row_no"), "idNumber",
                    "该党员已登记在您管理范围以外的组织，请联系其所在组织转接")).list().forEach(errors::add);
        }
        if (errors.count() > 0) {
            return ImportResult.failed(rows, errors.count(), errors.sorted());
        }
        var counts = jdbc.sql(MemberStagingSql.MERGE).query((rs, n) -> new long[]{rs.getLong("imported"), rs.getLong("updated")}).single();
        return new ImportResult(counts[0], counts[1], rows, 0, List.of());
    }
}
