package io.shuzhi.analysis.cli;

import io.shuzhi.analysis.AnalysisJson;
import io.shuzhi.analysis.AnalysisOptions;
import io.shuzhi.analysis.AnalysisResult;
import io.shuzhi.analysis.AnalysisText;
import io.shuzhi.analysis.ReportAnalyzer;
import io.shuzhi.analysis.document.UnreadableDocumentException;
import io.shuzhi.analysis.number.NumbersCommand;
import io.shuzhi.analysis.quantity.QuantitiesCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code shuzhi analyze FILE… [--json|--format text|json] [--year YYYY]}, {@code shuzhi numbers},
 * {@code shuzhi quantities}. Errors go to stderr with a non-zero exit code, never a stack trace.
 */
public final class AnalysisCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            用法 Usage:
              shuzhi analyze FILE [FILE...] [--json | --format text|json] [--year YYYY]
                  分析述职报告（.txt UTF-8/GBK、.docx、.html） / analyse duty reports
                  --json          每个文件输出一行 JSON / one JSON object per file, one per line
                  --format F      text（默认 default）或 json
                  --year YYYY     述职年度（计划年度为其次年）/ the year reported on (plans are for the next year)
              shuzhi numbers      从标准输入逐行规范化中文数字 / normalise Chinese numerals, one per stdin line
              shuzhi quantities   从标准输入逐行抽取数量 / extract quantities from stdin lines
              shuzhi --help
            """;

    private AnalysisCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs the CLI; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                err.print("缺少子命令 / missing subcommand\n" + USAGE_TEXT);
                return USAGE;
            }
            return switch (args[0]) {
                case "--help", "-h", "help" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                case "analyze" -> analyze(args, out, err);
                case "numbers" -> NumbersCommand.run(in, out);
                case "quantities" -> QuantitiesCommand.run(in, out);
                default -> {
                    err.print("未知子命令 / unknown subcommand: " + args[0] + "\n" + USAGE_TEXT);
                    yield USAGE;
                }
            };
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("分析失败 / analysis failed: " + e);
            return FAILED;
        }
    }

    private static int analyze(String[] args, PrintStream out, PrintStream err) {
        List<Path> files = new ArrayList<>();
        boolean json = false;
        Integer year = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--format") || a.startsWith("--format=")) {
                String f = a.equals("--format") ? (i + 1 < args.length ? args[++i] : null) : a.substring("--format=".length());
                if ("json".equals(f)) {
                    json = true;
                } else if ("text".equals(f)) {
                    json = false;
                } else {
                    err.println("--format 只能是 text 或 json / --format must be text or json, got: " + f);
                    return USAGE;
                }
            } else if (a.equals("--year") || a.startsWith("--year=")) {
                String y = a.equals("--year") ? (i + 1 < args.length ? args[++i] : null) : a.substring("--year=".length());
                if (y == null || !y.matches("(19|20)[0-9]{2}")) {
                    err.println("--year 需要四位年份 / --year needs a four-digit year, got: " + y);
                    return USAGE;
                }
                year = Integer.parseInt(y);
            } else if (a.equals("--help") || a.equals("-h")) {
                out.print(USAGE_TEXT);
                return OK;
            } else if (a.startsWith("-") && a.length() > 1) {
                err.println("未知选项 / unknown option: " + a);
                err.print(USAGE_TEXT);
                return USAGE;
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            err.print("缺少文件 / no input file given\n" + USAGE_TEXT);
            return USAGE;
        }
        List<ReportAnalyzer.Input> inputs = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                err.println("无法读取文件 / cannot read file: " + f);
                return FAILED;
            }
            try {
                inputs.add(new ReportAnalyzer.Input(f.getFileName().toString(), Files.readAllBytes(f)));
            } catch (IOException e) {
                err.println("无法读取文件 / cannot read file: " + f + " (" + e.getMessage() + ")");
                return FAILED;
            }
        }
        List<AnalysisResult> results;
        try {
            results = ReportAnalyzer.create().analyzeBatch(inputs, new AnalysisOptions(year));
        } catch (UnreadableDocumentException e) {
            err.println(e.getMessage());
            return FAILED;
        }
        for (int i = 0; i < results.size(); i++) {
            if (json) {
                out.println(AnalysisJson.write(results.get(i)));
            } else {
                if (i > 0) {
                    out.println();
                }
                out.print(AnalysisText.write(results.get(i)));
            }
        }
        return OK;
    }
}
