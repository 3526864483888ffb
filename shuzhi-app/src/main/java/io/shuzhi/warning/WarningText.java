package io.shuzhi.warning;

/** The notification text of a warning (Chinese, the users' language; the link leads to the details). */
final class WarningText {

    private WarningText() {
    }

    static String title(Warning w, WarningColor from) {
        String subject = switch (w.subjectType()) {
            case PROBLEM -> "问题 " + w.label();
            case COMMITMENT -> "承诺「" + w.label() + "」";
            case ORGANIZATION -> "软弱涣散党组织 " + w.label();
            case MEMBER -> "党员 " + w.label();
            case CADRE -> "干部 " + w.label();
        };
        return subject + (from == null ? " 进入" : " 由" + colour(from) + "升级为") + colour(w.color()) + "预警";
    }

    static String colour(WarningColor c) {
        return switch (c) {
            case BLUE -> "蓝色";
            case YELLOW -> "黄色";
            case RED -> "红色";
        };
    }
}
