package io.shuzhi.analysis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shuzhi.analysis.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class AnalysisCliTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AnalysisCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void analyzeJsonFollowsTheContract() throws IOException {
        Path seed = Seeds.path(Seeds.COMPILATION);
        assertThat(run("analyze", seed.toString(), "--json")).isZero();
        String[] lines = stdout().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode root = JSON.readTree(lines[0]);
        assertThat(root.get("file").asString()).isEqualTo(Seeds.COMPILATION);
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        JsonNode reports = root.get("reports");
        assertThat(reports.size()).isEqualTo(3);
        JsonNode first = reports.get(0);
        assertThat(first.get("title").asString()).isEqualTo("党建工作真抓严管 形成新常态");
        assertThat(first.get("reporter").get("organization").asString()).isEqualTo("中共随县县委");
        assertThat(first.get("year").asInt()).isEqualTo(2014);
        assertThat(first.get("sections").get(0).get("items").get(0).get("heading").asString()).isEqualTo("从严治党担当主责");
        JsonNode commitment = first.get("commitments").get(1);
        assertThat(commitment.get("text").asString()).isEqualTo("到每个乡镇督办党建工作不少于2次");
        assertThat(commitment.get("value").isNumber()).isTrue();
        assertThat(commitment.get("value").asInt()).isEqualTo(2);
        assertThat(commitment.get("max").isNull()).isTrue();
        assertThat(commitment.get("comparator").asString()).isEqualTo("AT_LEAST");
        assertThat(commitment.get("deadline").asString()).isEqualTo("2015-12-31");
        for (JsonNode r : reports) {
            for (String kind : new String[] {"quantities", "commitments", "findings"}) {
                for (JsonNode n : r.get(kind)) {
                    assertThat(slice(text, n.get("start").asInt(), n.get("end").asInt())).as(kind).isEqualTo(n.get("text").asString());
                    assertThat(n.has("start") && n.has("end")).isTrue();
                }
            }
            for (JsonNode f : r.get("findings")) {
                assertThat(f.has("fix")).isTrue(); // nulls are printed, not omitted
            }
        }
        // plain numbers: 4.89万元 is 48900, never 4.89E+4
        assertThat(lines[0]).doesNotContainPattern("[0-9]E[+-]?[0-9]");
    }

    @Test
    void severalFilesGiveOneJsonLineEach(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "一、主要做法\n抓班子。召开会议3次。\n");
        Path b = Files.write(dir.resolve("b.txt"), "一、主要做法\n强基础。新建阵地2个。\n".getBytes("GB18030"));
        assertThat(run("analyze", "--json", a.toString(), b.toString(), "--year", "2018")).isZero();
        String[] lines = stdout().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines[1]).get("file").asString()).isEqualTo("b.txt");
        assertThat(JSON.readTree(lines[1]).get("reports").get(0).get("year").asInt()).isEqualTo(2018);
    }

    @Test
    void textFormatIsTheDefault() {
        assertThat(run("analyze", Seeds.path(Seeds.COMPILATION).toString())).isZero();
        assertThat(stdout()).contains("陈德贵", "HIGHLIGHTS", "从严治党担当主责", "籍口");
    }

    @Test
    void missingFileIsAClearErrorWithoutStackTrace() {
        assertThat(run("analyze", "/no/such/report.txt")).isNotZero();
        assertThat(stderr()).contains("/no/such/report.txt").doesNotContain("Exception", "\tat ");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("analyze")).isEqualTo(2);
        assertThat(run("analyze", "x.txt", "--year", "abc")).isEqualTo(2);
        assertThat(run("analyze", "x.txt", "--format", "xml")).isEqualTo(2);
        assertThat(run("analyze", "x.txt", "--bogus")).isEqualTo(2);
        assertThat(stderr()).contains("--bogus").doesNotContain("Exception");
    }

    @Test
    void helpExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("analyze", "numbers", "quantities");
    }

    @Test
    void numbersAndQuantitiesAreWiredToTheirCommands() {
        int code = AnalysisCli.run(new String[] {"quantities"}, new ByteArrayInputStream("调研50余次\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(stderr()).isZero();
        assertThat(stdout()).contains("50");
        out.reset();
        code = AnalysisCli.run(new String[] {"numbers"}, new ByteArrayInputStream("三千五百\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(stderr()).isZero();
        assertThat(stdout()).contains("3500");
    }

    private static String slice(String text, int cpStart, int cpEnd) {
        return text.substring(text.offsetByCodePoints(0, cpStart), text.offsetByCodePoints(0, cpEnd));
    }
}
