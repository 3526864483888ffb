package io.shuzhi.campaign;

import io.shuzhi.shared.InvalidInputException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Reads the paragraphs of an uploaded report: .docx, or .txt in UTF-8 or GB18030 (what Chinese Windows saves). */
@Component
class ReportFileReader {

    List<String> paragraphs(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
                return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            } catch (IOException | RuntimeException e) {
                throw new InvalidInputException("report.unreadable-file", "file", "无法读取该 Word 文件 / Cannot read this .docx file");
            }
        }
        if (name.endsWith(".txt")) {
            return text(content).lines().toList();
        }
        throw new InvalidInputException("report.unsupported-file", "file", "只支持 .docx 和 .txt 文件 / Only .docx and .txt files are supported");
    }

    static String text(byte[] content) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }
}
