package io.shuzhi.registry;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the SAX events of a worksheet's XML into positional rows, giving each cell the text POI's
 * {@code XSSFSheetXMLHandler} + {@code DataFormatter} would (the reader this replaced), at a fraction of the cost:
 * that handler built an XMLBeans rich-text object for every text cell and parsed every cell reference with a
 * regex, which made reading 3× slower than the XML parsing itself. Text cells are taken as they are; only numeric
 * cells (dates typed into Excel, numbers) still go through {@link DataFormatter}, so they read exactly as before.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private static final String NS = XSSFRelation.NS_SPREADSHEETML;

    private enum Type { NUMBER, BOOLEAN, ERROR, FORMULA, INLINE_STRING, SHARED_STRING }

    private final Styles styles;
    private final SharedStringsList strings;
    private final DataFormatter formatter;
    private final SheetReader.RowHandler handler;

    private final StringBuilder value = new StringBuilder(64);
    private final List<String> cells = new ArrayList<>();
    private boolean valueOpen;
    private boolean inlineOpen;
    private Type type = Type.NUMBER;
    private short formatIndex;
    private String formatString;
    private String cellRef;
    private int rowNum;
    private int nextRowNum;

    XlsxSheetHandler(Styles styles, SharedStringsList strings, DataFormatter formatter, SheetReader.RowHandler handler) {
        this.styles = styles;
        this.strings = strings;
        this.formatter = formatter;
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        switch (localName) {
            case "c" -> startCell(attributes);
            case "v" -> {
                valueOpen = true;
                if (!inlineOpen) {
                    value.setLength(0);
                }
            }
            case "t" -> valueOpen = inlineOpen; // the runs of an inline string (<is><t>…</t></is>) are joined
            case "is" -> inlineOpen = true;
            case "f" -> {
                if (type == Type.NUMBER) {
                    type = Type.FORMULA;
                }
            }
            case "row" -> {
                String r = attributes.getValue("r");
                // some writers leave out row numbers; Excel then counts on from the previous row
                rowNum = r != null ? Integer.parseInt(r.trim()) - 1 : nextRowNum;
                cells.clear();
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        switch (localName) {
            case "v" -> {
                valueOpen = false;
                if (!inlineOpen) {
                    cell(cellText());
                    value.setLength(0);
                }
            }
            case "t" -> {
                if (inlineOpen) {
                    valueOpen = false;
                }
            }
            case "is" -> {
                inlineOpen = false;
                cell(cellText());
                value.setLength(0);
            }
            case "row" -> {
                endRow();
                nextRowNum = rowNum + 1;
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (valueOpen) {
            value.append(ch, start, length);
        }
    }

    private void startCell(Attributes attributes) {
        type = Type.NUMBER;
        formatIndex = -1;
        formatString = null;
        cellRef = attributes.getValue("r");
        String t = attributes.getValue("t");
        if (t == null || t.equals("n")) {
            numberFormat(attributes.getValue("s"));
        } else {
            switch (t) {
                case "s" -> type = Type.SHARED_STRING;
                case "inlineStr" -> type = Type.INLINE_STRING;
                case "str" -> type = Type.FORMULA;
                case "b" -> type = Type.BOOLEAN;
                case "e" -> type = Type.ERROR;
                default -> numberFormat(attributes.getValue("s"));
            }
        }
    }

    private void numberFormat(String styleIndex) {
        if (styles == null) {
            return;
        }
        XSSFCellStyle style = null;
        if (styleIndex != null) {
            style = styles.getStyleAt(Integer.parseInt(styleIndex.trim()));
        } else if (styles.getNumCellStyles() > 0) {
            style = styles.getStyleAt(0);
        }
        if (style != null) {
            formatIndex = style.getDataFormat();
            formatString = style.getDataFormatString();
            if (formatString == null) {
                formatString = BuiltinFormats.getBuiltinFormat(formatIndex);
            }
        }
    }

    private String cellText() {
        return switch (type) {
            case BOOLEAN -> value.charAt(0) == '0' ? "FALSE" : "TRUE";
            case ERROR -> "ERROR:" + value;
            case INLINE_STRING -> SharedStringsList.decode(value.toString());
            case SHARED_STRING -> sharedString(value.toString().trim());
            case NUMBER, FORMULA -> formatted(value.toString());
        };
    }

    private String formatted(String n) {
        if (formatString == null || n.isEmpty()) {
            return n;
        }
        try {
            return formatter.formatRawCellContents(Double.parseDouble(n.trim()), formatIndex, formatString);
        } catch (RuntimeException e) {
            return n; // a formula with a text result
        }
    }

    private String sharedString(String index) {
        if (index.isEmpty()) {
            return null;
        }
        int i;
        try {
            i = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return null;
        }
        return strings.get(i);
    }

    private void cell(String text) {
        int column = cellRef == null ? cells.size() : column(cellRef);
        while (cells.size() < column) {
            cells.add("");
        }
        cells.add(text);
    }

    /** The zero-based column of a reference such as "AB12". */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }

    private void endRow() {
        boolean blank = true;
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                blank = false;
                break;
            }
        }
        if (blank) {
            return;
        }
        String[] row = new String[cells.size()];
        for (int i = 0; i < row.length; i++) {
            String c = cells.get(i);
            row[i] = c == null ? "" : c;
        }
        handler.row(rowNum + 1, List.of(row));
    }
}
