package io.shuzhi.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {

    @TempDir
    Path dir;

    @Test
    void rowsArriveInOrderOnTheCallersThread() throws Exception {
        Path file = dir.resolve("rows.csv");
        StringBuilder csv = new StringBuilder("\uFEFFa,b\n");
        for (int i = 0; i < 5000; i++) {
            csv.append(i).append(',').append(i % 7 == 0 ? "" : "x").append('\n');
            if (i % 1000 == 0) {
                csv.append(",\n"); // blank: skipped, but counts for the row numbers
            }
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        List<String> direct = new ArrayList<>();
        SheetReader.read(file, "rows.csv", (n, cells) -> direct.add(n + ":" + cells));
        List<String> ahead = new ArrayList<>();
        Thread caller = Thread.currentThread();
        ReadAhead.read(file, "rows.csv", (n, cells) -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            ahead.add(n + ":" + cells);
        });
        assertThat(ahead).hasSize(5001).isEqualTo(direct);
    }

    @Test
    void anUnreadableFileFailsAsWithoutReadAhead() throws Exception {
        Path file = dir.resolve("broken.xlsx");
        Files.writeString(file, "not a zip");
        assertThatThrownBy(() -> ReadAhead.read(file, "broken.xlsx", (n, cells) -> { }))
                .isInstanceOf(SheetReader.UnreadableFile.class).hasMessageContaining("文件无法读取");
        assertThatThrownBy(() -> ReadAhead.read(file, "broken.txt", (n, cells) -> { }))
                .isInstanceOf(SheetReader.UnreadableFile.class).hasMessageContaining("仅支持");
    }

    @Test
    void aFailingCallerStopsTheReader() throws Exception {
        Path file = dir.resolve("many.csv");
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            csv.append(i).append('\n');
        }
        Files.writeString(file, csv);
        int before = Thread.activeCount();
        assertThatThrownBy(() -> ReadAhead.read(file, "many.csv", (n, cells) -> {
            if (n == 10) {
                throw new IllegalStateException("COPY failed");
            }
        })).hasMessage("COPY failed");
        // the reader has been joined, not left filling a queue nobody drains
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("sheet-read-ahead"));
        assertThat(Thread.activeCount()).isLessThanOrEqualTo(before);
    }
}
