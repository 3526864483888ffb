package io.shuzhi.analysis.number;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable trie over code points for longest-match lookups of short words (measure words,
 * fixed expressions). Each word maps to a value (its normalised form). Thread-safe.
 */
public final class WordTrie {

    private static final class Node {
        final int[] keys;
        final Node[] children;
        final String value;

        Node(int[] keys, Node[] children, String value) {
            this.keys = keys;
            this.children = children;
            this.value = value;
        }

        Node child(int cp) {
            int k = Arrays.binarySearch(keys, cp);
            return k >= 0 ? children[k] : null;
        }
    }

    private static final class Builder {
        final TreeMap<Integer, Builder> children = new TreeMap<>();
        String value;

        Node build() {
            int[] keys = new int[children.size()];
            Node[] nodes = new Node[children.size()];
            int k = 0;
            for (Map.Entry<Integer, Builder> e : children.entrySet()) {
                keys[k] = e.getKey();
                nodes[k] = e.getValue().build();
                k++;
            }
            return new Node(keys, nodes, value);
        }
    }

    private final Node root;
    private final int size;

    private final java.util.BitSet firstCodePoints = new java.util.BitSet();

    private WordTrie(Node root, int size) {
        this.root = root;
        this.size = size;
        for (int k : root.keys) {
            firstCodePoints.set(k);
        }
    }

    /** Builds a trie from word → value (value non-null). */
    public static WordTrie of(Map<String, String> words) {
        Builder root = new Builder();
        for (Map.Entry<String, String> e : words.entrySet()) {
            Builder b = root;
            for (int cp : e.getKey().codePoints().toArray()) {
                b = b.children.computeIfAbsent(cp, x -> new Builder());
            }
            b.value = e.getValue();
        }
        return new WordTrie(root.build(), words.size());
    }

    /**
     * Loads a classpath resource: UTF-8, one entry a line, {@code #} starts a comment, blank lines
     * ignored; an entry is {@code word} or {@code word<TAB>value} (value defaults to the word).
     */
    public static WordTrie load(String resource) {
        Map<String, String> words = new LinkedHashMap<>();
        try (InputStream in = WordTrie.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\t+");
                String word = parts[0].strip();
                String value = parts.length > 1 ? parts[1].strip() : word;
                words.put(word, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(words);
    }

    public int size() {
        return size;
    }

    /** Length in code points of the longest word starting at {@code from}, or 0. */
    public int longest(int[] cps, int from) {
        Node n = root;
        int best = 0;
        for (int i = from; i < cps.length; i++) {
            n = n.child(cps[i]);
            if (n == null) {
                break;
            }
            if (n.value != null) {
                best = i - from + 1;
            }
        }
        return best;
    }

    /** Value of the word of exactly {@code length} code points at {@code from}, or null. */
    public String value(int[] cps, int from, int length) {
        Node n = root;
        for (int i = from; i < from + length; i++) {
            n = n.child(cps[i]);
            if (n == null) {
                return null;
            }
        }
        return n.value;
    }

    /** True when some word starts with {@code cp}. */
    public boolean startsWith(int cp) {
        return cp >= 0 && firstCodePoints.get(cp);
    }
}
