package io.shuzhi.bench.analysis;

import io.shuzhi.analysis.AnalysisOptions;
import io.shuzhi.analysis.ReportAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.openjdk.jol.info.GraphLayout;

/**
 * Heap retained per {@link ReportAnalyzer} instance, two ways: JOL's deep size of one instance's object graph
 * (everything reachable from its fields, shared static tables included when an instance field points at
 * them), and the used-heap delta after a forced GC of {@value #INSTANCES} live instances (what each further
 * instance costs). Run in a fresh JVM: the first instance also pays the class loading and static tables.
 * <pre>java -cp shuzhi-bench/target/shuzhi-bench.jar io.shuzhi.bench.analysis.AnalyzerFootprint</pre>
 */
public final class AnalyzerFootprint {

    static final int INSTANCES = 200;

    /** Bytes: first instance (statics included) by heap delta, JOL deep size of one instance, each further instance. */
    public record Footprint(long firstInstanceBytes, long jolDeepBytes, long perInstanceBytes) {
        @Override
        public String toString() {
            return String.format("first instance (with class statics): %,d KB; JOL deep size of one instance: %,d KB;"
                            + " each further instance (heap delta / %d): %,.1f KB",
                    firstInstanceBytes / 1024, jolDeepBytes / 1024, INSTANCES, perInstanceBytes / 1024.0);
        }
    }

    public static void main(String[] args) {
        System.out.println(measure());
    }

    public static Footprint measure() {
        long before = usedAfterGc();
        ReportAnalyzer first = ReportAnalyzer.create();
        first.analyze("述职报告\n一、履职情况\n召开会议12次。\n", AnalysisOptions.defaults()); // lazily built tables, if any
        long afterFirst = usedAfterGc();
        long jol = jolDeepSize(first);
        ReportAnalyzer[] more = new ReportAnalyzer[INSTANCES];
        long base = usedAfterGc();
        for (int i = 0; i < INSTANCES; i++) {
            more[i] = ReportAnalyzer.create();
        }
        long after = usedAfterGc();
        if (more[INSTANCES - 1] == null || first.documentReader() == null) {
            throw new AssertionError(); // keeps the instances reachable until measured
        }
        return new Footprint(afterFirst - before, jol, (after - base) / INSTANCES);
    }

    /** JOL cannot take field offsets of records through Unsafe; its "magic" offsets work on JDK 17. -1 when it fails. */
    private static long jolDeepSize(Object o) {
        if (System.getProperty("jol.magicFieldOffset") == null) {
            System.setProperty("jol.magicFieldOffset", "true");
        }
        try {
            return GraphLayout.parseInstance(o).totalSize();
        } catch (RuntimeException | LinkageError e) {
            System.err.println("JOL failed: " + e);
            return -1;
        }
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
