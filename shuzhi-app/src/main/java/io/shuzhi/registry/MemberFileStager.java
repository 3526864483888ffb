package io.shuzhi.registry;

import io.shuzhi.shared.crypto.Masking;
import io.shuzhi.shared.crypto.PersonalDataCipher;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.LongConsumer;

/**
 * The Java side of a member import: reads the file, checks every row, and streams the valid ones — ID number
 * and phone encrypted, masked and hashed — into the staging COPY. Once a row has failed nothing more is staged
 * (the import will be rejected), but every row is still checked so the report lists all problems.
 * Kept apart from {@link MemberImporter} so its cost can be measured without a database.
 */
final class MemberFileStager {

    private final MemberRowParser parser;
    private final PersonalDataCipher cipher;
    private final CopyWriter copy;

    MemberFileStager(MemberRowParser parser, PersonalDataCipher cipher, CopyWriter copy) {
        this.parser = parser;
        this.cipher = cipher;
        this.copy = copy;
    }

    /** Stages the file's rows, adding every problem to {@code errors}; returns the data rows read (reported every 1000). */
    long stage(Path file, String fileName, ImportErrors errors, LongConsumer progress) {
        long[] rows = {0};
        Columns.Header[] header = {null};
        ReadAhead.read(file, fileName, (rowNumber, cells) -> {
            if (header[0] == null) {
                header[0] = MemberRowParser.COLUMNS.header(cells);
                header[0].missing().forEach(m -> errors.add(new RowError(rowNumber, m,
                        "缺少列：" + m + "（" + MemberRowParser.columnLabel(m) + "）")));
                return;
            }
            if (header[0].firstMissing().isPresent()) {
                return;
            }
            rows[0]++;
            if (rows[0] % 1000 == 0) {
                progress.accept(rows[0]);
            }
            var parsed = parser.parse(rowNumber, header[0], cells);
            parsed.errors().forEach(errors::add);
            if (errors.count() == 0) {
                stage(rowNumber, parsed.entry());
            }
        });
        if (header[0] == null) {
            errors.add(new RowError(1, "", "文件为空，缺少表头"));
        }
        return rows[0];
    }

    private void stage(int rowNumber, MemberEntry e) {
        String id = e.idNumber().value();
        try {
            copy.number((long) rowNumber).number(e.organizationId()).text(e.name()).text(e.gender().name())
                    .date(e.birthDate()).text(e.ethnicity()).text(e.education().name()).date(e.joinDate())
                    .text(e.status().name()).bytes(cipher.encrypt(id)).text(Masking.idNumber(id))
                    .bytes(cipher.matchingHash(id))
                    .bytes(e.phone() == null ? null : cipher.encrypt(e.phone())).text(Masking.phone(e.phone()))
                    .bytes(e.phone() == null ? null : cipher.matchingHash(e.phone()))
                    .bool(e.mobile());
            copy.endRow();
        } catch (SQLException ex) {
            throw new IllegalStateException("staging row " + rowNumber + " failed", ex);
        }
    }
}
