package io.shuzhi.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every action code the application records has a label on the audit page, in Chinese and in English. */
class AuditActionLabelsTest {

    private static final Pattern LITERAL = Pattern.compile("record\\(\"([a-z.-]+)\"");
    private static final Pattern TERNARY = Pattern.compile("record\\([^\"]*\\?\\s*\"([a-z.-]+)\"\\s*:\\s*\"([a-z.-]+)\"");
    private static final Pattern HELPER = Pattern.compile("(?:transition|step|save)\\((?:caller, \\w+, )?\"([a-z-]+\\.[a-z.-]+)\"");

    /** Built at run time: "report." + the transition's event. */
    private static final List<String> BUILT = List.of("report.submitted", "report.returned", "report.accepted");

    @Test
    void everyRecordedActionHasALabelInBothLanguages() throws IOException {
        Set<String> codes = recordedCodes();
        assertThat(codes).contains("organization.created", "problem.closed", "ballot.released", "user.deactivated");
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Properties labels = load(bundle);
            assertThat(codes).as(bundle).allSatisfy(code -> assertThat(labels).containsKey("audit.action." + code));
        }
    }

    private static Set<String> recordedCodes() throws IOException {
        Set<String> codes = new TreeSet<>(BUILT);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String source = read(f);
                if (!source.contains("AuditLog") && !f.toString().contains("/audit/")) {
                    return;
                }
                collect(LITERAL, source, codes);
                collect(TERNARY, source, codes);
                collect(HELPER, source, codes);
            });
        }
        codes.remove("report.");
        return codes;
    }

    private static void collect(Pattern pattern, String source, Set<String> into) {
        Matcher m = pattern.matcher(source);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                into.add(m.group(g));
            }
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (Reader in = new java.io.InputStreamReader(
                AuditActionLabelsTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
