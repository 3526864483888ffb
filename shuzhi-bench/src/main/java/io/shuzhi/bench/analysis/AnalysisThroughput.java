package io.shuzhi.bench.analysis;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import io.shuzhi.analysis.AnalysisOptions;
import io.shuzhi.analysis.AnalysisResult;
import io.shuzhi.analysis.ReportAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full analysis (split, sections, quantities, commitments, findings) of a ≥ 50 MB corpus made from the seed,
 * against HanLP portable's standard segmenter over the same documents as the baseline. One operation is one
 * document (a ~25 KB compilation of three reports); each thread walks the whole corpus round-robin from its
 * own starting point. The secondary result {@code megabytes} is the throughput in MB/s of UTF-8 input
 * (1 MB = 10^6 bytes). The machine is shared, so each thread also counts the CPU time it used: {@code cpuMegabytes}
 * over {@code cpuSeconds} is MB per CPU-second, which time-sharing with other processes does not skew.
 * {@link AnalysisThroughputReport} runs both benchmarks and prints the ratios.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AnalysisThroughput {

    /** The corpus and both engines, built once and shared by every thread (both are read-only). */
    @State(Scope.Benchmark)
    public static class Shared {
        SeedCorpus corpus;
        double[] megabytes;
        ReportAnalyzer analyzer;
        final AtomicInteger threads = new AtomicInteger();

        @Setup(Level.Trial)
        public void setUp() {
            corpus = SeedCorpus.standard();
            megabytes = new double[corpus.size()];
            for (int i = 0; i < megabytes.length; i++) {
                megabytes[i] = corpus.utf8Bytes()[i] / 1_000_000.0;
            }
            analyzer = ReportAnalyzer.create();
            for (int i = 0; i < Math.min(5, corpus.size()); i++) { // both load dictionaries and models on first use
                StandardTokenizer.segment(corpus.documents().get(i));
                analyzer.analyze(corpus.documents().get(i), AnalysisOptions.defaults());
            }
            System.out.printf("%n[corpus] %d documents, %.1f MB of UTF-8%n", corpus.size(), corpus.megabytes());
        }
    }

    /** Per thread: where it is in the corpus and the megabytes it has consumed in this iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Progress {
        public double megabytes;
        int next;

        @Setup(Level.Trial)
        public void start(Shared shared) {
            next = shared.threads.getAndIncrement() * 7919 % shared.corpus.size();
        }

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }

        int take(Shared shared, CpuTime cpu) {
            int i = next;
            next = i + 1 == shared.corpus.size() ? 0 : i + 1;
            megabytes += shared.megabytes[i];
            cpu.starting(shared.megabytes[i]);
            return i;
        }
    }

    /**
     * Per thread: megabytes done, CPU seconds of this thread and of the whole JVM (GC and JIT included) in this
     * iteration, up to the start of the current operation. JMH sums them over threads, so with n threads the
     * process figure is n times the JVM's.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        public double cpuMegabytes;
        public double cpuSeconds;
        public double processCpuSeconds;
        private double pending;
        private long start;
        private long processStart;

        @Setup(Level.Iteration)
        public void reset() {
            cpuMegabytes = 0;
            cpuSeconds = 0;
            processCpuSeconds = 0;
            pending = 0;
            start = THREADS.getCurrentThreadCpuTime();
            processStart = OS.getProcessCpuTime();
        }

        void starting(double megabytes) {
            cpuSeconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
            processCpuSeconds = (OS.getProcessCpuTime() - processStart) / 1e9;
            cpuMegabytes += pending;
            pending = megabytes;
        }
    }

    @Benchmark
    public AnalysisResult analyzeCorpus(Shared shared, Progress progress, CpuTime cpu) {
        int i = progress.take(shared, cpu);
        return shared.analyzer.analyze(shared.corpus.documents().get(i), AnalysisOptions.defaults());
    }

    @Benchmark
    public List<Term> hanlpSegmentCorpus(Shared shared, Progress progress, CpuTime cpu) {
        int i = progress.take(shared, cpu);
        return StandardTokenizer.segment(shared.corpus.documents().get(i));
    }
}
