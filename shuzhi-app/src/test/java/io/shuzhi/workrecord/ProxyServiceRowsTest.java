package io.shuzhi.workrecord;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyServiceRowsTest {

    static ProxyServiceRows.Parsed csv(String text) throws Exception {
        return ProxyServiceRows.read("x.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsGoodRowsAndSkipsBlankOnes() throws Exception {
        var parsed = csv("\uFEFForgCode,month,count\nV-1,2015-01,300\n\nV-2,2015-02,0\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).containsExactly(new ProxyServiceRows.Line(2, "V-1", YearMonth.of(2015, 1), 300),
                new ProxyServiceRows.Line(4, "V-2", YearMonth.of(2015, 2), 0));
    }

    @Test
    void namesEveryBadCellWithItsRow() throws Exception {
        var parsed = csv("orgCode,month,count\n,2015-13,-1\nV-1,2015-01,abc\n");

        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).extracting(p -> p.field())
                .containsExactly("row 2 orgCode", "row 2 month", "row 2 count", "row 3 count");
    }
}
