package io.shuzhi.analysis.document;

/** The file could not be read as a report (corrupt .docx, unsupported format …). */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
