package io.shuzhi.bench.search;

import io.shuzhi.search.LuceneSearchIndex;
import io.shuzhi.search.SearchKind;
import io.shuzhi.search.SearchQuery;
import io.shuzhi.search.SearchResults;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Builds an on-disk index of N seed-derived documents with the app's own engine ({@code LuceneSearchIndex}) and
 * measures query latency as users see it: ranking, exact totals up to 1,000, snippets for the top 20, with the
 * scope and filter mixes of real callers (whole province, one county, a year, a kind). Plain timed loop,
 * single-threaded, after a warm-up. Every query is also run, back to back with the app, on {@link BaselineSearch}
 * (the same query over the same index, top 20 only, no snippets or stored fields), and the figures are reported as
 * ratios app/baseline, since absolute latencies on a shared machine say little.
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
            try (BaselineSearch baseline = new BaselineSearch(dir)) {
                measure(index, baseline, queries);
            }
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

    /**
     * Warm-up, then every query on both engines back to back, alternating which goes first so neither always runs
     * on the caches the other just filled. The warm-up also checks that both return the same hits; the measured
     * queries check that both count the same totals.
     */
    static PairedLatencies.Summary measure(LuceneSearchIndex index, BaselineSearch baseline, int queries) {
        SplittableRandom random = new SplittableRandom(7);
        int warmup = Math.min(500, queries);
        int differentHits = 0;
        for (int i = 0; i < warmup; i++) {
            SearchQuery q = query(random);
            if (!appKeys(index.search(q)).equals(baseline.keys(baseline.search(q)))) {
                differentHits++;
            }
        }
        PairedLatencies latencies = new PairedLatencies(queries);
        long hits = 0;
        int differentTotals = 0;
        for (int i = 0; i < queries; i++) {
            SearchQuery q = query(random);
            long appNanos;
            long baseNanos;
            long appTotal;
            long baseTotal;
            if (i % 2 == 0) {
                long t0 = System.nanoTime();
                appTotal = index.search(q).total();
                long t1 = System.nanoTime();
                baseTotal = baseline.search(q).totalHits.value;
                long t2 = System.nanoTime();
                appNanos = t1 - t0;
                baseNanos = t2 - t1;
            } else {
                long t0 = System.nanoTime();
                baseTotal = baseline.search(q).totalHits.value;
                long t1 = System.nanoTime();
                appTotal = index.search(q).total();
                long t2 = System.nanoTime();
                baseNanos = t1 - t0;
                appNanos = t2 - t1;
            }
            latencies.record(appNanos, baseNanos);
            hits += appTotal;
            if (appTotal != baseTotal) {
                differentTotals++;
            }
        }
        PairedLatencies.Summary summary = latencies.summarize();
        System.out.printf("checks: %d of %d warm-up queries with different top-20 hits, %d of %d measured queries with"
                + " different totals (both should be 0); mean total %,d hits%n", differentHits, warmup, differentTotals, queries, hits / queries);
        System.out.print(summary.table());
        return summary;
    }

    static List<String> appKeys(SearchResults results) {
        return results.hits().stream().map(h -> h.kind().name() + ":" + h.id()).toList();
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
