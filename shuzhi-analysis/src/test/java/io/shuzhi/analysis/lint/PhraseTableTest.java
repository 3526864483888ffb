package io.shuzhi.analysis.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.shuzhi.analysis.text.DataFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTableTest {

    @Test
    void aSuggestedFixIsNeverFlaggedItself() {
        for (String file : List.of("typos.tsv", "grammar.tsv")) {
            PhraseTable table = new PhraseTable(file);
            for (String[] row : DataFiles.rows(file)) {
                assertThat(row[0]).as(file).isNotEqualTo(row[1]);
                List<String> hits = new ArrayList<>();
                table.scan(row[1], 0, row[1].length(), (e, at) -> hits.add(e.wrong()));
                assertThat(hits).as("fix %s in %s", row[1], file).isEmpty();
            }
        }
    }

    @Test
    void everyWrongFormIsFoundAndExceptionsAreRespected() {
        PhraseTable table = new PhraseTable("typos.tsv");
        for (String[] row : DataFiles.rows("typos.tsv")) {
            List<String> hits = new ArrayList<>();
            table.scan("在" + row[0] + "中", 0, row[0].length() + 2, (e, at) -> hits.add(e.right()));
            assertThat(hits).as(row[0]).containsExactly(row[1]);
        }
        List<String> hits = new ArrayList<>();
        table.scan("精减人员，精减开支", 0, 9, (e, at) -> hits.add(e.wrong() + "@" + at));
        assertThat(hits).containsExactly("精减@5");
    }
}
