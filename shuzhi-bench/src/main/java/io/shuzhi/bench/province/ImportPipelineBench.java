package io.shuzhi.bench.province;

import io.shuzhi.registry.MemberImportProbe;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.SAXParserFactory;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.zip.ZipFile;

/**
 * The Java side of the member import ({@code POST /api/members/import}) without a database, stage by stage and
 * cumulatively: read → + parse → + encrypt/hash/mask → + COPY text encoding (the app's own code, into a sink
 * that drops the bytes). The floor is what any reader must pay: inflating the sheet XML, and SAX-scanning it with
 * the JDK parser (the one POI uses).
 * <pre>
 * java -Xmx1g -cp shuzhi-bench/target/shuzhi-bench.jar io.shuzhi.bench.province.ImportPipelineBench \
 *   --xlsx /tmp/members-200k.xlsx [--generate 200000 [--shared-strings true]] [--runs 3] [--stages floor,read,parse,crypto,full]
 * </pre>
 * With {@code --generate N} a missing file is first written with {@link MemberWorkbook} (as ProvinceGenerator does,
 * from 20,000 generated organizations). Each stage runs in its own JVM with this JVM's options ({@code %stage} in
 * them is replaced by the stage's name, e.g. {@code -Xlog:gc:file=/tmp/gc-%stage.log}): once to warm up, then
 * {@code --runs} times; the best is kept, with the process CPU time of that run (all threads, GC and JIT included).
 * The stages up to crypto run on one thread; full is the app's own {@code MemberFileStager}, which reads ahead on a
 * second thread, so its CPU time is the figure to compare with the others, its wall time what an import waits.
 */
public final class ImportPipelineBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path file = Path.of(o.getOrDefault("xlsx", "/tmp/members-200k.xlsx"));
        if (o.containsKey("generate") && !Files.exists(file)) {
            long seed = 20151229;
            var orgs = ProvinceShape.build(20_000, 1, "S" + seed + "-", seed);
            long t = System.nanoTime();
            MemberWorkbook.write(file, seed, orgs, ProvinceGenerator.memberOrganizations(orgs), 0, Integer.parseInt(o.get("generate")),
                    Boolean.parseBoolean(o.getOrDefault("shared-strings", "false")));
            System.out.printf("wrote %s in %.1f s%n", file, (System.nanoTime() - t) / 1e9);
        }
        int runs = Integer.parseInt(o.getOrDefault("runs", "3"));
        List<String> stages = List.of(o.getOrDefault("stages", "floor,read,parse,crypto,full").split(","));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);

        Map<String, LongSupplier> all = new java.util.LinkedHashMap<>();
        all.put("unzip", () -> unzip(file));
        all.put("floor", () -> saxScan(file));
        all.put("read", () -> MemberImportProbe.read(file));
        all.put("parse", () -> MemberImportProbe.readParse(file));
        all.put("crypto", () -> MemberImportProbe.readParseCrypto(file, key));
        all.put("full", () -> MemberImportProbe.full(file, key));

        if (o.containsKey("child")) {
            LongSupplier stage = all.get(o.get("child"));
            long rows = stage.getAsLong();
            long best = Long.MAX_VALUE;
            long bestCpu = 0;
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int r = 0; r < runs; r++) {
                long cpu = os.getProcessCpuTime();
                long t = System.nanoTime();
                rows = stage.getAsLong();
                long elapsed = System.nanoTime() - t;
                if (elapsed < best) {
                    best = elapsed;
                    bestCpu = os.getProcessCpuTime() - cpu;
                }
            }
            System.out.println("RESULT " + rows + " " + best + " " + bestCpu);
            return;
        }
        System.out.printf("%s (%,d bytes), each stage in its own JVM (same options), best of %d run(s) after one warm-up, %d CPUs, max heap %d MB%n",
                file, Files.size(file), runs, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        double floor = Double.NaN;
        for (String name : all.keySet()) {
            if (!stages.contains(name) && !(name.equals("unzip") && stages.contains("floor"))) {
                continue;
            }
            long[] result = child(file, name, runs);
            long rows = result[0];
            double seconds = result[1] / 1e9;
            double cpu = result[2] / 1e9;
            if (name.equals("unzip")) {
                System.out.printf("%-7s %,d bytes of sheet XML inflated in %.2f s%n", name, rows, seconds);
                continue;
            }
            if (name.equals("floor")) {
                floor = seconds;
            }
            System.out.printf("%-7s %,10d rows  %7.2f s  %,10.0f rows/s  %5.2f× floor  %6.2f s CPU%n", name, rows, seconds, rows / seconds,
                    seconds / floor, cpu);
        }
    }

    /**
     * Runs one stage in a fresh JVM with this one's options: in a shared JVM the stages' profiles pollute each other
     * (the same reader code is compiled for the first stage's callers), which skews the later ones.
     */
    private static long[] child(Path file, String stage, int runs) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .map(a -> a.replace("%stage", stage)).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ImportPipelineBench.class.getName(),
                "--xlsx", file.toString(), "--runs", String.valueOf(runs), "--child", stage));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else {
                    System.out.println(line);
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("stage " + stage + " failed");
        }
        String[] f = result.split(" ");
        return new long[]{Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])};
    }

    /** Inflates the first worksheet and drops the bytes: the cost of the zip alone. */
    private static long unzip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(firstSheet(zip)))) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inflates the first worksheet and SAX-scans it, counting rows and text: any streaming reader pays at least this. */
    private static long saxScan(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(firstSheet(zip)))) {
            var factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            long[] counts = {0, 0};
            var reader = factory.newSAXParser().getXMLReader();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (localName.equals("row")) {
                        counts[0]++;
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    counts[1] += length;
                }
            });
            reader.parse(new InputSource(in));
            return counts[0] - 1 + (counts[1] < 0 ? 1 : 0); // data rows (the header is not one); text counted so it is not skipped
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstSheet(ZipFile zip) {
        return zip.getEntry("xl/worksheets/sheet1.xml") != null ? "xl/worksheets/sheet1.xml"
                : zip.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.startsWith("xl/worksheets/")).sorted().findFirst().orElseThrow();
    }
}
