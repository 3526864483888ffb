package io.shuzhi.registry;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared-strings table of an xlsx as plain, already decoded strings: what POI's
 * {@code ReadOnlySharedStringsTable} (without phonetic runs) followed by {@code getItemAt(i).toString()} gives, but
 * without a new XMLBeans rich-text object per cell lookup — in a sheet saved by Excel every text cell is one.
 * Holds one string per distinct text, as POI's table did.
 */
final class SharedStringsList extends DefaultHandler {

    private static final String NS = XSSFRelation.NS_SPREADSHEETML;

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(64);
    private boolean textOpen;
    private boolean phonetic;

    private SharedStringsList() {
    }

    static SharedStringsList of(OPCPackage pkg) throws IOException, SAXException {
        var table = new SharedStringsList();
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) { // some workbooks have none
            try (InputStream in = parts.get(0).getInputStream()) {
                table.readFrom(in);
            }
        }
        return table;
    }

    static SharedStringsList of(InputStream in) throws IOException, SAXException {
        var table = new SharedStringsList();
        table.readFrom(in);
        return table;
    }

    String get(int index) {
        if (index >= strings.size()) {
            throw new IllegalStateException("Cannot get item at " + index + " of " + strings.size() + " shared strings");
        }
        return strings.get(index);
    }

    private void readFrom(InputStream in) throws IOException, SAXException {
        PushbackInputStream pushback = new PushbackInputStream(in, 1);
        int first = pushback.read();
        if (first < 0) {
            return; // an empty part
        }
        pushback.unread(first);
        try {
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(this);
            parser.parse(new InputSource(pushback));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> textOpen = true;
            case "rPh" -> phonetic = true; // the reading aid of East Asian text, not part of it
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
            case "si" -> strings.add(decode(text.toString()));
            case "t" -> textOpen = false;
            case "rPh" -> phonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (textOpen && !phonetic) {
            text.append(ch, start, length);
        }
    }

    /** Excel escapes some characters as _xHHHH_; only then is POI's decoding needed. */
    static String decode(String raw) {
        return raw.contains("_x") ? new XSSFRichTextString(raw).toString() : raw;
    }
}
