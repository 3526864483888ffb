package io.shuzhi.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The organizations of a file, checked against each other and against the tree, in the order they can be
 * inserted (every parent before its children). Building it never writes: it yields the order and adds what is
 * wrong to the error list. An error is reported once, on the row that causes it: a row whose parent row is bad
 * is not reported again.
 */
final class ImportPlan {

    /** One organization to create; its parent is another row of the file or an existing organization. */
    record Entry(int row, NewOrganization organization, String parentCode, Organization existingParent) {

        String code() {
            return organization.code();
        }

        Entry under(Organization parent) {
            return new Entry(row, organization, parentCode, parent);
        }
    }

    private ImportPlan() {
    }

    /**
     * @param entries      the rows that were readable, in file order
     * @param codesInFile  the codes of every row, readable or not
     * @param parentInTree an existing organization the caller may add children to, by code, or null
     * @param headers      the header text per column, for error reports
     * @param errors       receives what is wrong
     * @return the entries in insertion order (complete only when no error was added)
     */
    static List<Entry> order(List<Entry> entries, Set<String> codesInFile, Function<String, Organization> parentInTree,
                             Map<SheetColumn, String> headers, List<ImportError> errors) {
        Map<String, Entry> byCode = new LinkedHashMap<>();
        for (Entry e : entries) {
            Entry first = byCode.get(e.code());
            if (first != null) {
                errors.add(new ImportError(e.row(), headers.get(SheetColumn.CODE), "组织编码「" + e.code()
                        + "」在文件中重复（第 " + first.row() + " 行已使用） / Duplicate code in the file"));
                continue;
            }
            if (e.parentCode() != null && !codesInFile.contains(e.parentCode())) {
                Organization parent = parentInTree.apply(e.parentCode());
                if (parent == null) {
                    errors.add(new ImportError(e.row(), headers.get(SheetColumn.PARENT_CODE), "上级组织编码「" + e.parentCode()
                            + "」既不在文件中，也不是您可管理的已有组织 / Unknown parent code, or outside your scope"));
                    continue;
                }
                e = e.under(parent);
            }
            byCode.put(e.code(), e);
        }
        return new Sorter(byCode, headers, errors).sort();
    }

    /** Orders by walking up each row's chain of parents inside the file. */
    private static final class Sorter {
        private final Map<String, Entry> byCode;
        private final Map<SheetColumn, String> headers;
        private final List<ImportError> errors;
        private final List<Entry> ordered = new ArrayList<>();
        private final Set<String> placed = new HashSet<>();
        private final Set<String> failed = new HashSet<>();

        Sorter(Map<String, Entry> byCode, Map<SheetColumn, String> headers, List<ImportError> errors) {
            this.byCode = byCode;
            this.headers = headers;
            this.errors = errors;
        }

        List<Entry> sort() {
            byCode.values().forEach(this::place);
            return ordered;
        }

        private void place(Entry start) {
            List<Entry> chain = new ArrayList<>();
            Entry current = start;
            while (current != null && !placed.contains(current.code()) && !failed.contains(current.code())) {
                int seen = indexOf(chain, current.code());
                if (seen >= 0) {
                    reportCycle(chain.subList(seen, chain.size()));
                    chain.forEach(e -> failed.add(e.code()));
                    return;
                }
                chain.add(current);
                if (current.existingParent() != null || current.parentCode() == null) {
                    current = null; // reached the tree or the top
                } else {
                    Entry parent = byCode.get(current.parentCode());
                    if (parent == null) {
                        // the parent row is in the file but was rejected; that row carries the error
                        chain.forEach(e -> failed.add(e.code()));
                        return;
                    }
                    current = parent;
                }
            }
            if (current != null && failed.contains(current.code())) {
                chain.forEach(e -> failed.add(e.code()));
                return;
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                ordered.add(chain.get(i));
                placed.add(chain.get(i).code());
            }
        }

        private void reportCycle(List<Entry> cycle) {
            String codes = String.join(" → ", cycle.stream().map(Entry::code).toList()) + " → " + cycle.get(0).code();
            for (Entry e : cycle) {
                errors.add(new ImportError(e.row(), headers.get(SheetColumn.PARENT_CODE),
                        "上级组织编码形成循环：" + codes + " / The parent codes form a cycle"));
            }
        }

        private static int indexOf(List<Entry> chain, String code) {
            for (int i = 0; i < chain.size(); i++) {
                if (chain.get(i).code().equals(code)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
