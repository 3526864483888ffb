package io.shuzhi.registry;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Writes rows into PostgreSQL with COPY (text format) on the transaction's own connection: an order of magnitude
 * faster than batched INSERTs for the million-row imports, and still rolled back with the transaction.
 */
final class CopyWriter implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 16;
    private static final HexFormat HEX = HexFormat.of();

    /** Where the encoded rows go: a COPY on the connection, or (benchmarks) nowhere. */
    interface Sink {
        void write(byte[] bytes, int length) throws SQLException;

        long end() throws SQLException;

        void cancel() throws SQLException;
    }

    private final Sink copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_AT + 4096);
    private final StringBuilder line = new StringBuilder(512);
    private boolean first = true;

    CopyWriter(Connection connection, String copySql) throws SQLException {
        this(copyIn(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql)));
    }

    CopyWriter(Sink sink) {
        this.copy = sink;
    }

    private static Sink copyIn(CopyIn in) {
        return new Sink() {
            @Override
            public void write(byte[] bytes, int length) throws SQLException {
                in.writeToCopy(bytes, 0, length);
            }

            @Override
            public long end() throws SQLException {
                return in.endCopy();
            }

            @Override
            public void cancel() throws SQLException {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        };
    }

    CopyWriter text(String value) {
        separator();
        if (value == null) {
            line.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return this;
    }

    CopyWriter number(Long value) {
        separator();
        line.append(value == null ? "\\N" : value.toString());
        return this;
    }

    CopyWriter date(LocalDate value) {
        return text(value == null ? null : value.toString());
    }

    CopyWriter bool(boolean value) {
        separator();
        line.append(value ? 't' : 'f');
        return this;
    }

    CopyWriter bytes(byte[] value) {
        separator();
        if (value == null) {
            line.append("\\N");
        } else {
            line.append("\\\\x").append(HEX.formatHex(value));
        }
        return this;
    }

    void endRow() throws SQLException {
        line.append('\n');
        byte[] b = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(b, 0, b.length);
        line.setLength(0);
        first = true;
        if (buffer.size() >= FLUSH_AT) {
            flush();
        }
    }

    private void separator() {
        if (!first) {
            line.append('\t');
        }
        first = false;
    }

    private void flush() throws SQLException {
        copy.write(buffer.toByteArray(), buffer.size());
        buffer.reset();
    }

    /** Sends what is buffered and ends the COPY; returns the rows written. */
    long finish() throws SQLException {
        flush();
        return copy.end();
    }

    @Override
    public void close() throws SQLException {
        copy.cancel();
    }
}
