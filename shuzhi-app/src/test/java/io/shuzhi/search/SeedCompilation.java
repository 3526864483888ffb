package io.shuzhi.search;

import io.shuzhi.analysis.AnalysisOptions;
import io.shuzhi.analysis.AnalysisResult;
import io.shuzhi.analysis.AnalyzedReport;
import io.shuzhi.analysis.ReportAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The published seed compilation (随县, 广水市, 曾都区), found by walking up to {@code shared/seeds}. */
public final class SeedCompilation {

    public static final String FILE = "000_11e4e87ea8b66152.txt";

    private SeedCompilation() {
    }

    public static byte[] bytes() {
        try {
            return Files.readAllBytes(seedsDir().resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three reports' texts, in the order of the compilation. */
    public static List<String> reportTexts() {
        AnalysisResult result = ReportAnalyzer.create().analyze(bytes(), FILE, AnalysisOptions.defaults());
        String text = result.text();
        return result.reports().stream().map(r -> slice(text, r)).toList();
    }

    private static String slice(String text, AnalyzedReport r) {
        return text.substring(text.offsetByCodePoints(0, r.start()), text.offsetByCodePoints(0, r.end()));
    }

    static Path seedsDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/seeds directory above " + Path.of("").toAbsolutePath());
    }
}
