package io.shuzhi.workrecord.visit;

import io.shuzhi.workrecord.scope.Place;

import io.shuzhi.organization.Level;

import java.time.LocalDate;
import java.util.List;

/** Test data for visits: a small tree county /1/ → townships /1/10/, /1/20/ → villages and a community. */
public final class Visits {

    public static final Place TOWN_A = new Place(10, "T-A", "甲镇", Level.TOWNSHIP, "/1/10/");
    public static final Place TOWN_B = new Place(20, "T-B", "乙镇", Level.TOWNSHIP, "/1/20/");
    public static final Place VILLAGE_1 = new Place(11, "V-1", "一村", Level.VILLAGE, "/1/10/11/");
    public static final Place VILLAGE_2 = new Place(12, "V-2", "二村", Level.VILLAGE, "/1/10/12/");
    public static final Place VILLAGE_3 = new Place(21, "V-3", "三村", Level.VILLAGE, "/1/20/21/");
    public static final Place COMMUNITY = new Place(22, "C-1", "一社区", Level.COMMUNITY, "/1/20/22/");
    public static final Place ELSEWHERE = new Place(91, "X-1", "外县村", Level.VILLAGE, "/9/90/91/");

    private static long ids = 100;

    private Visits() {
    }

    public static FieldVisit visit(LocalDate date, Purpose purpose, Place... places) {
        return new FieldVisit(ids++, 7L, "书记", date, date, purpose, null, null, List.of(places));
    }

    public static FieldVisit visit(LocalDate date, LocalDate end, Purpose purpose, Place... places) {
        return new FieldVisit(ids++, 7L, "书记", date, end, purpose, null, null, List.of(places));
    }
}
