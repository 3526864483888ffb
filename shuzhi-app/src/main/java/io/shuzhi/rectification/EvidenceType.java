package io.shuzhi.rectification;

import io.shuzhi.shared.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of evidence accepted, recognised by their first bytes (an extension alone proves nothing: a renamed
 * executable must not pass). docx/xlsx are zip containers, so for them the extension picks which of the two.
 */
public enum EvidenceType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    TXT("text/plain; charset=UTF-8");

    public final String contentType;

    EvidenceType(String contentType) {
        this.contentType = contentType;
    }

    /** @param head the first bytes of the file (at least 8 when the file has them) */
    public static EvidenceType detect(String fileName, byte[] head) {
        String ext = extension(fileName);
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(head, 'P', 'K', 3, 4) && (ext.equals("docx") || ext.equals("xlsx"))) {
            return ext.equals("docx") ? DOCX : XLSX;
        }
        if (ext.equals("txt") && isText(head)) {
            return TXT;
        }
        throw new InvalidInputException("evidence.type", "file",
                "只接受 PDF、图片(PNG/JPEG/GIF)、Word(docx)、Excel(xlsx)或文本(txt)文件,且内容须与类型一致 / Only pdf, png, jpeg, gif, docx, xlsx or txt files are accepted");
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Valid UTF-8 without NUL bytes; a multi-byte character cut at the end of the sample is tolerated. */
    private static boolean isText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        int end = head.length;
        for (int trim = 0; trim < 4 && end > 0; trim++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Arrays.copyOf(head, end)));
                return true;
            } catch (CharacterCodingException e) {
                end--;
            }
        }
        return false;
    }
}
