package io.shuzhi.organization;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads kind, level and sector from a sheet cell, written either as the enum name ({@code BRANCH}) or as the label
 * users see (党支部, 县（市、区）, 非公企业), and writes the Chinese label on export. Labels come from the message
 * bundles, so the UI and the sheets can never disagree. Full- and half-width brackets and the short form before
 * the bracket (县, 乡镇) are accepted, because that is how people type them.
 */
@Component
class EnumLabels {

    private final MessageSource messages;
    private final Map<String, OrganizationKind> kinds;
    private final Map<String, Level> levels;
    private final Map<String, Sector> sectors;

    EnumLabels(MessageSource messages) {
        this.messages = messages;
        this.kinds = index(OrganizationKind.values(), "kind.");
        this.levels = index(Level.values(), "level.");
        this.sectors = index(Sector.values(), "sector.");
    }

    Optional<OrganizationKind> kind(String text) {
        return Optional.ofNullable(kinds.get(normalise(text)));
    }

    Optional<Level> level(String text) {
        return Optional.ofNullable(levels.get(normalise(text)));
    }

    Optional<Sector> sector(String text) {
        return Optional.ofNullable(sectors.get(normalise(text)));
    }

    String label(Enum<?> value, String prefix) {
        return value == null ? "" : messages.getMessage(prefix + value.name(), null, value.name(), Locale.SIMPLIFIED_CHINESE);
    }

    private <E extends Enum<E>> Map<String, E> index(E[] values, String prefix) {
        Map<String, E> map = new HashMap<>();
        for (E value : values) {
            map.put(normalise(value.name()), value);
            for (Locale locale : new Locale[]{Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                String label = normalise(messages.getMessage(prefix + value.name(), null, value.name(), locale));
                map.putIfAbsent(label, value);
                int bracket = label.indexOf('(');
                if (bracket > 0) {
                    map.putIfAbsent(label.substring(0, bracket), value);
                }
            }
        }
        return Map.copyOf(map);
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().replace('（', '(').replace('）', ')').replace('，', ',').replace(" ", "")
                .toUpperCase(Locale.ROOT);
    }
}
