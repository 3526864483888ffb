package io.shuzhi.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of one exchange table: canonical (English) names in file order, each with the Chinese header
 * accepted as an alias. Header matching is by name, so columns may come in any order and unknown ones are ignored.
 */
record Columns(LinkedHashMap<String, String> chineseByName, List<String> required) {

    static Columns of(String... nameThenChinese) {
        LinkedHashMap<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenChinese.length; i += 2) {
            map.put(nameThenChinese[i], nameThenChinese[i + 1]);
        }
        return new Columns(map, List.copyOf(map.keySet()));
    }

    Columns optional(String name, String chinese) {
        LinkedHashMap<String, String> map = new LinkedHashMap<>(chineseByName);
        map.put(name, chinese);
        return new Columns(map, required);
    }

    List<String> names() {
        return List.copyOf(chineseByName.keySet());
    }

    List<String> chineseNames() {
        return List.copyOf(chineseByName.values());
    }

    /** Column positions by canonical name, or the names of required columns the header lacks. */
    Header header(List<String> cells) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).trim();
            for (var e : chineseByName.entrySet()) {
                if (cell.equalsIgnoreCase(e.getKey()) || cell.equals(e.getValue())) {
                    positions.putIfAbsent(e.getKey(), i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        required.stream().filter(n -> !positions.containsKey(n)).forEach(missing::add);
        return new Header(positions, missing);
    }

    record Header(Map<String, Integer> positions, List<String> missing) {

        /** The trimmed cell of a column; "" when the column or cell is absent. */
        String cell(List<String> cells, String name) {
            Integer i = positions.get(name);
            if (i == null || i >= cells.size() || cells.get(i) == null) {
                return "";
            }
            return cells.get(i).trim();
        }

        Optional<String> firstMissing() {
            return missing.stream().findFirst();
        }
    }
}
