package io.shuzhi.campaign;

/** One item of a section: its lead phrase ("从严治党担当主责。") and the text that follows. */
public record ReportItem(String heading, String text) {

    public ReportItem {
        heading = heading == null ? "" : heading.strip();
        text = text == null ? "" : text.strip();
    }

    public boolean isBlank() {
        return heading.isEmpty() && text.isEmpty();
    }
}
