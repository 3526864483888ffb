package io.shuzhi.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Loads the rule tables kept as TSV resources under io/shuzhi/analysis/: '#' starts a comment, blank lines are skipped. */
public final class DataFiles {

    private DataFiles() {
    }

    public static List<String[]> rows(String name) {
        String path = "/io/shuzhi/analysis/" + name;
        try (InputStream in = DataFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file " + path);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                rows.add(Arrays.stream(cols).map(String::strip).toArray(String[]::new));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
