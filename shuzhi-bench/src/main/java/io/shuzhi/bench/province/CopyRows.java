package io.shuzhi.bench.province;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

/** Rows into one table through COPY (text format), buffered. */
final class CopyRows implements AutoCloseable {

    private final CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 17);
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    CopyRows(Connection connection, String table, String columns) throws SQLException {
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    CopyRows value(Object v) {
        if (!line.isEmpty()) {
            line.append('\t');
        }
        if (v == null) {
            line.append("\\N");
        } else if (v instanceof byte[] b) {
            line.append("\\\\x").append(HexFormat.of().formatHex(b));
        } else if (v instanceof Boolean b) {
            line.append(b ? 't' : 'f');
        } else {
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    default -> line.append(c);
                }
            }
        }
        return this;
    }

    void end() throws SQLException {
        line.append('\n');
        byte[] b = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(b, 0, b.length);
        line.setLength(0);
        rows++;
        if (buffer.size() > (1 << 17)) {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }
    }

    @Override
    public void close() throws SQLException {
        copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        copy.endCopy();
    }

    long rows() {
        return rows;
    }
}
