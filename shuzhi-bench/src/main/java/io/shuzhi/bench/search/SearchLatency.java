package io.shuzhi.bench.search;

import io.shuzhi.search.LuceneSearchIndex;
import io.shuzhi.search.SearchKind;
import io.shuzhi.search.SearchQuery;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Builds an on-disk index of N seed-derived documents with the app's own engine ({@code LuceneSearchIndex}) and
 * measures query latency as users see it: ranking, exact totals up to 10,000, snippets for the top 20, with the
 * scope and filter mixes of real callers (whole province, one county, a year, a kind). Plain timed loop,
 * single-threaded, after a warm-up.
 *
 * <pre>java -cp shuzhi-bench/target/shuzhi-bench.jar io.shuzhi.bench.search.SearchLatency [docs] [queries] [indexDir] [seedFile]</pre>
 * With {@code -Dreuse=true} an index already built in {@code indexDir} is queried again without rebuilding.
 */
public final class SearchLatency {

    static final String[] WORDS = {"软弱涣散", "三屏互动", "党建", "村级转移支付", "2.3亿元", "服务型党组织", "两新组织",
            "组织生活", "第一书记", "集体经济", "4.89万元", "谈心谈话", "承诺", "整改", "党员", "阵地建设", "95.4%",
            "基层党建 责任", "软弱涣散 整顿", "党员 教育 管理", "村干部 报酬", "述职评议"};

    private SearchLatency() {
    }

    public static void main(String[] args) throws IOException {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("shuzhi-search-bench");
        Path seed = args.length > 3 ? Path.of(args[3]) : findSeed();
        SyntheticReports corpus = new SyntheticReports(seed);
        boolean reuse = Boolean.getBoolean("reuse") && Files.isDirectory(dir);
        if (!reuse) {
            clear(dir);
        }
        try (LuceneSearchIndex index = new LuceneSearchIndex(FSDirectory.open(dir))) {
            if (reuse) {
                System.out.printf("reusing the index in %s: %,d documents, %,d MB on disk%n", dir, index.count(), size(dir) / 1_000_000);
            } else {
                build(index, corpus, docs, dir);
            }
            measure(index, queries);
        }
    }

    private static void build(LuceneSearchIndex index, SyntheticReports corpus, int docs, Path dir) throws IOException {
        long t0 = System.nanoTime();
        long[] chars = {0};
        long indexed = index.rebuild(sink -> corpus.generate(docs, 42, d -> {
            chars[0] += d.text().length();
            sink.accept(d);
        }));
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("indexed %,d documents (%,d MB of text) in %.1f s; index %,d MB on disk%n",
                indexed, chars[0] * 2 / 1_000_000, buildSeconds, size(dir) / 1_000_000);
    }

    private static void measure(LuceneSearchIndex index, int queries) {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < Math.min(500, queries); i++) {
            index.search(query(random));
        }
        long[] nanos = new long[queries];
        long hits = 0;
        for (int i = 0; i < queries; i++) {
            SearchQuery q = query(random);
            long start = System.nanoTime();
            hits += index.search(q).total();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%,d queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (mean total %,d hits)%n",
                queries, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[queries - 1] / 1e6, hits / queries);
    }

    /** A third of queries over everything (administrator), a third within one county, a third with year or kind too. */
    static SearchQuery query(SplittableRandom random) {
        String words = WORDS[random.nextInt(WORDS.length)];
        return switch (random.nextInt(3)) {
            case 0 -> new SearchQuery(words, null, null, null, null, 20);
            case 1 -> new SearchQuery(words, null, null, null, List.of(SyntheticReports.countyPath(random)), 20);
            default -> new SearchQuery(words, 2014 + random.nextInt(11), null,
                    random.nextBoolean() ? SearchKind.REPORT : null, List.of("/1/" + (1 + random.nextInt(12)) + "/"), 20);
        };
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static Path findSeed() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path seed = d.resolve("shared/seeds/000_11e4e87ea8b66152.txt");
            if (Files.exists(seed)) {
                return seed;
            }
        }
        throw new IllegalStateException("seed not found: pass its path as the fourth argument");
    }

    private static void clear(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : new ArrayList<>(files.toList())) {
                Files.delete(f);
            }
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
