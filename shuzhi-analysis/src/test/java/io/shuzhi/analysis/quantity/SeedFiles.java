package io.shuzhi.analysis.quantity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared seed files: walks up from the working directory until a directory has a sibling
 * (or child) {@code shared/seeds}. Fails — never skips — when the seeds are missing.
 */
public final class SeedFiles {

    private SeedFiles() {
    }

    /** The {@code shared/seeds} directory. */
    public static Path seedsDir() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path inside = p.resolve("shared").resolve("seeds");
            if (Files.isDirectory(inside)) {
                return inside;
            }
            Path beside = p.resolveSibling("shared").resolve("seeds");
            if (p.getParent() != null && Files.isDirectory(beside)) {
                return beside;
            }
        }
        throw new IllegalStateException("shared/seeds not found above " + dir);
    }

    /** Text of one seed file (UTF-8). */
    public static String read(String name) {
        Path file = seedsDir().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("seed file missing: " + file);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
