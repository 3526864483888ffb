package io.shuzhi.registry;

import io.shuzhi.shared.crypto.Masking;
import io.shuzhi.shared.crypto.PersonalDataCipher;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bench-only seam into the app's package-private member import (compiled into the bench jar only, from the app's
 * own sources): each method runs the Java side of {@code POST /api/members/import} up to one stage, without a
 * database. Organization codes all resolve (to an id derived from the code), cached per code as the app does.
 * Each returns the data rows seen.
 */
public final class MemberImportProbe {

    private MemberImportProbe() {
    }

    /** {@link SheetReader} only. */
    public static long read(Path file) {
        long[] rows = {0};
        SheetReader.read(file, file.getFileName().toString(), (n, cells) -> rows[0] += cells.size() > 0 ? 1 : 0);
        return rows[0] - 1;
    }

    /** Reading and {@link MemberRowParser}. */
    public static long readParse(Path file) {
        return parsed(file, (row, e) -> { });
    }

    /** Reading, parsing, and the encryption, hashing and masking of the ID number and phone. */
    public static long readParseCrypto(Path file, byte[] key) {
        var cipher = new PersonalDataCipher(key);
        long[] sink = {0};
        return parsed(file, (row, e) -> {
            String id = e.idNumber().value();
            sink[0] += cipher.encrypt(id).length + cipher.matchingHash(id).length + Masking.idNumber(id).length();
            if (e.phone() != null) {
                sink[0] += cipher.encrypt(e.phone()).length + cipher.matchingHash(e.phone()).length + Masking.phone(e.phone()).length();
            }
        });
    }

    /** The app's whole Java side ({@link MemberFileStager}), COPY text encoded into a sink that drops it; returns rows. */
    public static long full(Path file, byte[] key) {
        var errors = new ImportErrors();
        long[] bytes = {0};
        var sink = new CopyWriter.Sink() {
            @Override
            public void write(byte[] b, int length) {
                bytes[0] += length;
            }

            @Override
            public long end() {
                return 0;
            }

            @Override
            public void cancel() {
            }
        };
        try (var copy = new CopyWriter(sink)) {
            long rows = new MemberFileStager(parser(), new PersonalDataCipher(key), copy).stage(file, file.getFileName().toString(), errors, n -> { });
            copy.finish();
            check(errors);
            if (bytes[0] == 0) {
                throw new IllegalStateException("nothing was encoded");
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface EntryHandler {
        void entry(int row, MemberEntry entry);
    }

    private static long parsed(Path file, EntryHandler handler) {
        var parser = parser();
        var errors = new ImportErrors();
        long[] rows = {0};
        Columns.Header[] header = {null};
        SheetReader.read(file, file.getFileName().toString(), (rowNumber, cells) -> {
            if (header[0] == null) {
                header[0] = MemberRowParser.COLUMNS.header(cells);
                return;
            }
            rows[0]++;
            var r = parser.parse(rowNumber, header[0], cells);
            r.errors().forEach(errors::add);
            if (r.entry() != null) {
                handler.entry(rowNumber, r.entry());
            }
        });
        check(errors);
        return rows[0];
    }

    private static MemberRowParser parser() {
        Map<String, MemberRowParser.Resolution> cache = new HashMap<>();
        return new MemberRowParser(code -> cache.computeIfAbsent(code,
                c -> new MemberRowParser.Resolution((long) (c.hashCode() & 0x7fffffff), null)), LocalDate.now());
    }

    private static void check(ImportErrors errors) {
        if (errors.count() > 0) {
            List<RowError> first = errors.sorted();
            throw new IllegalStateException(errors.count() + " rows rejected, first: " + first.subList(0, Math.min(3, first.size())));
        }
    }
}
