package io.shuzhi.bench.search;

import io.shuzhi.search.SearchDocument;
import io.shuzhi.search.SearchKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A corpus of any size made from the seed's paragraphs: each document takes a random run of paragraphs (reports
 * 8–16, critiques, problems and commitments 1–2) with every digit redrawn, so the vocabulary is the real one while
 * figures and combinations vary. Organizations form a province-like tree (city / county / township), years
 * 2014–2024. Deterministic for a given seed number.
 */
final class SyntheticReports {

    static final int CITIES = 12;
    static final int COUNTIES_PER_CITY = 8;
    static final int TOWNS_PER_COUNTY = 15;

    private final List<String> paragraphs;

    SyntheticReports(Path seedFile) throws IOException {
        paragraphs = Files.readAllLines(seedFile, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(p -> p.codePointCount(0, p.length()) >= 20).toList();
        if (paragraphs.size() < 20) {
            throw new IllegalStateException("too few paragraphs in " + seedFile);
        }
    }

    void generate(int count, long seed, Consumer<SearchDocument> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int id = 1; id <= count; id++) {
            int roll = random.nextInt(10);
            SearchKind kind = roll < 7 ? SearchKind.REPORT : roll == 7 ? SearchKind.CRITIQUE : roll == 8 ? SearchKind.PROBLEM : SearchKind.COMMITMENT;
            int length = kind == SearchKind.REPORT ? 8 + random.nextInt(9) : 1 + random.nextInt(2);
            int from = random.nextInt(paragraphs.size());
            StringBuilder text = new StringBuilder(length * 200);
            for (int i = 0; i < length; i++) {
                text.append(redrawDigits(paragraphs.get((from + i) % paragraphs.size()), random)).append('\n');
            }
            String path = path(random);
            String title = paragraphs.get(random.nextInt(paragraphs.size()));
            title = title.substring(0, Math.min(20, title.length()));
            sink.accept(new SearchDocument(kind, id, title, text.toString(), 2014 + random.nextInt(11), id, path));
        }
    }

    static String path(SplittableRandom random) {
        int city = 1 + random.nextInt(CITIES);
        int county = city * 100 + random.nextInt(COUNTIES_PER_CITY);
        int town = county * 100 + random.nextInt(TOWNS_PER_COUNTY);
        return "/1/" + city + "/" + county + "/" + (random.nextBoolean() ? "" : town + "/");
    }

    static String countyPath(SplittableRandom random) {
        int city = 1 + random.nextInt(CITIES);
        return "/1/" + city + "/" + (city * 100 + random.nextInt(COUNTIES_PER_CITY)) + "/";
    }

    private static String redrawDigits(String s, SplittableRandom random) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '0' && chars[i] <= '9') {
                chars[i] = (char) ('0' + random.nextInt(10));
            }
        }
        return new String(chars);
    }
}
