package io.shuzhi.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared seed inputs: walks up from the working directory to the first directory holding shared/seeds. */
public final class Seeds {

    public static final String COMPILATION = "000_11e4e87ea8b66152.txt";

    private Seeds() {
    }

    public static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path seeds = p.resolve("shared").resolve("seeds");
            if (Files.isDirectory(seeds)) {
                return seeds;
            }
        }
        throw new AssertionError("shared/seeds not found above " + Path.of("").toAbsolutePath()
                + " — the seed inputs are required for the gold tests");
    }

    public static Path path(String name) {
        Path p = dir().resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("seed missing: " + p);
        }
        return p;
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
