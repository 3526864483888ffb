package io.shuzhi.workrecord.claim;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Arabic or simple Chinese numerals followed by a measure word: "12次", "73个", "五十余次", "2.3万件". */
@Component
class PatternQuantityFinder implements QuantityFinder {

    private static final Pattern QUANTITY = Pattern.compile(
            "(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千]+)(万)?(余|多)?(人次|个|次|天|件|名|项|户|人)(以上|多)?");

    @Override
    public List<Quantity> find(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            BigDecimal value = ChineseNumber.parse(m.group(1));
            if (value == null) {
                continue;
            }
            if (m.group(2) != null) {
                value = value.multiply(BigDecimal.valueOf(10_000));
            }
            String qualifier = m.group(3) != null ? m.group(3) : m.group(5);
            found.add(new Quantity(m.group(), value, m.group(4), qualifier, m.start(), m.end()));
        }
        return found;
    }
}
