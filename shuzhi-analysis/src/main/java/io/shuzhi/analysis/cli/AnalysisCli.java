package io.shuzhi.analysis.cli;

public final class AnalysisCli {
    public static void main(String[] args) {
        System.err.println("shuzhi analyze: not built yet");
        System.exit(2);
    }
}
