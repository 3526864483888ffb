package io.shuzhi.bench.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A deterministic benchmark corpus made from the seed compilation: each document is the whole compilation
 * (three duty reports, ~25 KB of UTF-8) with its body paragraphs shuffled within their section and its
 * counts varied, so no two documents are equal but all read like real reports. Same seed text, size and
 * random seed give the same corpus.
 */
public record SeedCorpus(List<String> documents, long[] utf8Bytes, long totalUtf8Bytes) {

    /** System property naming the seed file; otherwise the first {@code shared/seeds/*.txt} above the working dir. */
    public static final String SEED_PROPERTY = "shuzhi.seed";
    /** System property for the corpus size in MB of UTF-8 (default 50). */
    public static final String SIZE_PROPERTY = "shuzhi.corpus.mb";

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final int BODY_PARAGRAPH = 40;

    public SeedCorpus {
        documents = List.copyOf(documents);
    }

    public int size() {
        return documents.size();
    }

    public double megabytes() {
        return totalUtf8Bytes / 1_000_000.0;
    }

    /** The corpus used by the benchmarks: seed from {@link #locateSeed()}, size from {@value #SIZE_PROPERTY}. */
    public static SeedCorpus standard() {
        long mb = Long.getLong(SIZE_PROPERTY, 50L);
        return build(read(locateSeed()), mb * 1_000_000L, 20141229L);
    }

    /** Variations of {@code seed} until at least {@code minUtf8Bytes} bytes of UTF-8. */
    public static SeedCorpus build(String seed, long minUtf8Bytes, long randomSeed) {
        List<String> paragraphs = paragraphs(seed);
        List<String> docs = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        long total = 0;
        for (int i = 0; total < minUtf8Bytes; i++) {
            String doc = i == 0 ? seed : vary(paragraphs, new Random(randomSeed * 1_000_003L + i));
            long bytes = doc.getBytes(StandardCharsets.UTF_8).length;
            docs.add(doc);
            sizes.add(bytes);
            total += bytes;
        }
        return new SeedCorpus(docs, sizes.stream().mapToLong(Long::longValue).toArray(), total);
    }

    /** One variation: body paragraphs shuffled within each run between headings, counts replaced. */
    static String vary(List<String> paragraphs, Random random) {
        List<String> out = new ArrayList<>(paragraphs.size());
        List<String> run = new ArrayList<>();
        for (String p : paragraphs) {
            String firstLine = p.lines().findFirst().orElse("").replace('\u00a0', ' ').strip();
            if (firstLine.codePointCount(0, firstLine.length()) >= BODY_PARAGRAPH) {
                run.add(p);
            } else {
                flush(run, out, random);
                out.add(p);
            }
        }
        flush(run, out, random);
        StringBuilder sb = new StringBuilder();
        for (String p : out) {
            sb.append(varyNumbers(p, random)).append('\n');
        }
        return sb.toString();
    }

    private static void flush(List<String> run, List<String> out, Random random) {
        if (run.size() > 1) {
            java.util.Collections.shuffle(run, random);
        }
        out.addAll(run);
        run.clear();
    }

    /** Replaces each count by another with as many digits; years, months, days and ordinals are kept. */
    static String varyNumbers(String paragraph, Random random) {
        Matcher m = NUMBER.matcher(paragraph);
        StringBuilder sb = new StringBuilder(paragraph.length());
        while (m.find()) {
            String digits = m.group();
            String replacement = keeps(paragraph, m.start(), m.end()) ? digits : otherNumber(digits, random);
            m.appendReplacement(sb, replacement);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean keeps(String text, int start, int end) {
        char after = end < text.length() ? text.charAt(end) : ' ';
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        return after == '年' || after == '月' || after == '日' || after == '号' || after == '.' || before == '.'
                || before == '第' || end - start > 6;
    }

    private static String otherNumber(String digits, Random random) {
        if (digits.equals("0")) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(digits.length());
        sb.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < digits.length(); i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    /** Paragraphs of the seed, each a non-blank line with the blank lines after it, so the layout stays that of the seed. */
    static List<String> paragraphs(String seed) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : seed.lines().toList()) {
            if (!blank(line) && current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(line);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static boolean blank(String line) {
        return line.replace('\u00a0', ' ').replace('\u3000', ' ').isBlank();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@value #SEED_PROPERTY} if set, else the first {@code shared/seeds/*.txt} in the working dir or an ancestor of it. */
    public static Path locateSeed() {
        String explicit = System.getProperty(SEED_PROPERTY, System.getenv("SHUZHI_SEED"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path seeds = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(seeds)) {
                try (Stream<Path> files = Files.list(seeds)) {
                    var first = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst();
                    if (first.isPresent()) {
                        return first.get();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("no seed: set -D" + SEED_PROPERTY + "=FILE or run below a directory holding shared/seeds/*.txt");
    }
}
