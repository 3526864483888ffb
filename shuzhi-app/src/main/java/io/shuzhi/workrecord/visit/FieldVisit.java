package io.shuzhi.workrecord.visit;

import io.shuzhi.workrecord.scope.Place;

import java.time.LocalDate;
import java.util.List;

/**
 * A leader's visit to one or more grassroots organizations, over one day or a few ({@code date} to {@code endDate}).
 * No location, check-in or photo is asked for: the leader's word, entered once, is the record.
 */
public record FieldVisit(long id, Long leaderUserId, String leaderName, LocalDate date, LocalDate endDate, Purpose purpose,
                  String notes, String findings, List<Place> places) {

    public FieldVisit {
        places = List.copyOf(places);
    }

    /** The separate points of the findings, each of which can go on the problem list. */
    public List<String> findingItems() {
        return Findings.split(findings);
    }

    /** The days spent in the field, for 每月到基层调研不少于N天. */
    List<LocalDate> days() {
        return date.datesUntil(endDate.plusDays(1)).toList();
    }

    FieldVisit withPlaces(List<Place> newPlaces) {
        return new FieldVisit(id, leaderUserId, leaderName, date, endDate, purpose, notes, findings, newPlaces);
    }
}
