package io.shuzhi.bench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link AnalysisThroughput} for each thread count, then prints MB/s of the analyzer and of the HanLP
 * baseline measured in the same run, their ratio, the scaling over one thread and the analyzer's heap footprint.
 * <pre>java -cp shuzhi-bench/target/shuzhi-bench.jar io.shuzhi.bench.analysis.AnalysisThroughputReport --threads=1,2 [JMH options]</pre>
 */
public final class AnalysisThroughputReport {

    static final String ANALYZE = "analyzeCorpus";
    static final String HANLP = "hanlpSegmentCorpus";

    /** MB/s (with its 99.9% error) of both benchmarks at one thread count. */
    record Row(int threads, double analyzer, double analyzerError, double hanlp, double hanlpError,
               double analyzerPerCpuSecond, double hanlpPerCpuSecond, double analyzerPerJvmCpuSecond, double hanlpPerJvmCpuSecond) {
        double ratio() {
            return analyzer / hanlp;
        }

        double cpuRatio() {
            return analyzerPerCpuSecond / hanlpPerCpuSecond;
        }

        double jvmCpuRatio() {
            return analyzerPerJvmCpuSecond / hanlpPerJvmCpuSecond;
        }
    }

    public static void main(String[] args) throws Exception {
        int[] threads = {1, 2};
        List<String> jmhArgs = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--threads=")) {
                threads = Arrays.stream(a.substring("--threads=".length()).split(",")).mapToInt(Integer::parseInt).toArray();
            } else {
                jmhArgs.add(a);
            }
        }
        AnalyzerFootprint.Footprint footprint = AnalyzerFootprint.measure();
        CommandLineOptions cli = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        List<Row> rows = new ArrayList<>();
        for (int t : threads) {
            Collection<RunResult> results = new Runner(new OptionsBuilder().parent(cli)
                    .include(AnalysisThroughput.class.getName() + ".(" + ANALYZE + "|" + HANLP + ")$")
                    .threads(t).build()).run();
            rows.add(row(t, results));
        }
        System.out.println();
        System.out.println(table(rows));
        System.out.println("analyzer heap: " + footprint);
    }

    static Row row(int threads, Collection<RunResult> results) {
        Map<String, Result<?>> mb = new LinkedHashMap<>();
        Map<String, Double> perCpuSecond = new LinkedHashMap<>();
        Map<String, Double> perJvmCpuSecond = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            String method = name.substring(name.lastIndexOf('.') + 1);
            Map<String, Result> secondary = r.getSecondaryResults();
            mb.put(method, secondary.get("megabytes"));
            double megabytes = secondary.get("cpuMegabytes").getScore();
            perCpuSecond.put(method, megabytes / secondary.get("cpuSeconds").getScore());
            perJvmCpuSecond.put(method, megabytes / (secondary.get("processCpuSeconds").getScore() / threads));
        }
        Result<?> a = mb.get(ANALYZE);
        Result<?> h = mb.get(HANLP);
        if (a == null || h == null) {
            throw new IllegalStateException("both " + ANALYZE + " and " + HANLP + " must run; got " + mb.keySet());
        }
        return new Row(threads, a.getScore(), a.getScoreError(), h.getScore(), h.getScoreError(),
                perCpuSecond.get(ANALYZE), perCpuSecond.get(HANLP), perJvmCpuSecond.get(ANALYZE), perJvmCpuSecond.get(HANLP));
    }

    /** A Markdown table, ready for docs/PERFORMANCE.md. */
    static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| threads | analyzer MB/s | HanLP MB/s | analyzer / HanLP | analyzer scaling vs 1 thread"
                + " | analyzer MB per thread CPU-s | HanLP MB per thread CPU-s | analyzer / HanLP per thread CPU-s"
                + " | analyzer / HanLP per JVM CPU-s | analyzer MB per thread CPU-s vs 1 thread |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
        Row one = rows.stream().filter(r -> r.threads() == 1).findFirst().orElse(null);
        for (Row r : rows) {
            sb.append(String.format("| %d | %.2f ± %.2f | %.2f ± %.2f | **%.2f×** | %s | %.2f | %.2f | **%.2f×** | **%.2f×** | %s |%n", r.threads(),
                    r.analyzer(), safe(r.analyzerError()), r.hanlp(), safe(r.hanlpError()), r.ratio(),
                    one == null ? "–" : String.format("%.2f×", r.analyzer() / one.analyzer()),
                    r.analyzerPerCpuSecond(), r.hanlpPerCpuSecond(), r.cpuRatio(), r.jvmCpuRatio(),
                    one == null ? "–" : String.format("%.2f×", r.analyzerPerCpuSecond() / one.analyzerPerCpuSecond())));
        }
        return sb.toString();
    }

    private static double safe(double error) {
        return Double.isNaN(error) ? 0 : error;
    }
}
