package io.shuzhi.registry;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast paths of the import's hot loop (ISO dates, mobiles, COPY encoding) against the rules they shortcut. */
class CellsAndCopyTest {

    @Test
    void datesInEverySpellingAndOnlyRealOnes() {
        assertThat(Cells.date("1949-10-01")).contains(LocalDate.of(1949, 10, 1));
        assertThat(Cells.date("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
        assertThat(Cells.date("2023-02-29")).isEmpty();
        assertThat(Cells.date("2023-13-01")).isEmpty();
        assertThat(Cells.date("1949-1-1")).contains(LocalDate.of(1949, 1, 1));
        assertThat(Cells.date("1949/10/1")).contains(LocalDate.of(1949, 10, 1));
        assertThat(Cells.date("1949.10.01")).contains(LocalDate.of(1949, 10, 1));
        assertThat(Cells.date("1949年10月1日")).contains(LocalDate.of(1949, 10, 1));
        assertThat(Cells.date("1949-10-0a")).isEmpty();
        assertThat(Cells.date("１９４９-１０-０１")).isEmpty(); // full-width digits: not a date, as before
        assertThat(Cells.date("10/1/49")).isEmpty();
    }

    @Test
    void phones() {
        assertThat(PhoneNumber.problem("13812345678")).isEmpty();
        assertThat(PhoneNumber.problem("138 1234 5678")).isEmpty();
        assertThat(PhoneNumber.problem("12812345678")).isPresent();
        assertThat(PhoneNumber.problem("1381234567")).isPresent();
        assertThat(PhoneNumber.problem("1381234567x")).isPresent();
        assertThat(PhoneNumber.problem("010-12345678")).isEmpty();
        assertThat(PhoneNumber.problem("０10-12345678")).isPresent();
    }

    @Test
    void copyTextFormatEscapesAndNulls() throws Exception {
        var out = new ByteArrayOutputStream();
        long[] ended = {0};
        var copy = new CopyWriter(new CopyWriter.Sink() {
            @Override
            public void write(byte[] bytes, int length) {
                out.write(bytes, 0, length);
            }

            @Override
            public long end() {
                return ++ended[0];
            }

            @Override
            public void cancel() {
            }
        });
        copy.number(7L).number(null).text("张\t三\\\n\r").text(null).date(LocalDate.of(1949, 10, 1))
                .bytes(new byte[]{0, (byte) 0xab, 0x7f}).bytes(null).bool(true);
        copy.endRow();
        copy.text("").bool(false);
        copy.endRow();
        assertThat(copy.finish()).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("7\t\\N\t张\\t三\\\\\\n\\r\t\\N\t1949-10-01\t\\\\x00ab7f\t\\N\tt\n\tf\n");
    }

    @Test
    void longRowsGrowTheBuffer() throws Exception {
        var out = new ByteArrayOutputStream();
        var copy = new CopyWriter(new CopyWriter.Sink() {
            @Override
            public void write(byte[] bytes, int length) {
                out.write(bytes, 0, length);
            }

            @Override
            public long end() {
                return 0;
            }

            @Override
            public void cancel() {
            }
        });
        String big = "党".repeat(100_000);
        copy.text(big).endRow();
        copy.finish();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(big + "\n");
        assertThat(Optional.of(out.size())).contains(big.getBytes(StandardCharsets.UTF_8).length + 1);
    }
}
