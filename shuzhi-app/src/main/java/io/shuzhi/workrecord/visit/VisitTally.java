package io.shuzhi.workrecord.visit;

import io.shuzhi.workrecord.scope.Place;

import io.shuzhi.organization.Level;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The visit counts a report quotes, from a list of visits. Pure arithmetic (no database), so each rule is tested
 * alone. Only places inside {@code rootPath} count: a county secretary's visit that also took in a village of the
 * next county does not add that village to this county's figures.
 */
public record VisitTally(List<FieldVisit> visits, String rootPath) {

    public VisitTally {
        visits = List.copyOf(visits);
    }

    public int fieldVisits() {
        return visits.size();
    }

    public int supervisionVisits() {
        return (int) visits.stream().filter(v -> v.purpose() == Purpose.SUPERVISION).count();
    }

    public Set<Place> placesVisited() {
        return visits.stream().flatMap(v -> v.places().stream()).filter(p -> p.isWithin(rootPath))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public int organizationsVisited() {
        return placesVisited().size();
    }

    public int villagesVisited() {
        return (int) placesVisited().stream().filter(p -> p.level() == Level.VILLAGE).count();
    }

    /** Distinct days in the field; two visits on one day are one day. */
    public int fieldDays() {
        return fieldDayset().size();
    }

    /**
     * 到每个乡镇督办不少于N次: the fewest supervision visits any of {@code townships} received (a visit to one of its
     * villages counts for the township). Zero when there are no townships, so nothing is fulfilled by default.
     */
    public int fewestSupervisionVisitsPerTownship(Collection<Place> townships) {
        return townships.stream()
                .mapToInt(t -> (int) visits.stream().filter(v -> v.purpose() == Purpose.SUPERVISION)
                        .filter(v -> v.places().stream().anyMatch(p -> p.isWithin(t.path()))).count())
                .min().orElse(0);
    }

    /**
     * 每月到基层调研不少于N天: the fewest field days in any completed month from {@code first} to {@code last}. A month
     * in progress is left out, or every commitment would look broken on the first of the month.
     */
    public int fewestFieldDaysPerMonth(YearMonth first, YearMonth last) {
        if (last.isBefore(first)) {
            return 0;
        }
        TreeSet<LocalDate> days = fieldDayset();
        int fewest = Integer.MAX_VALUE;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            int inMonth = days.subSet(m.atDay(1), true, m.atEndOfMonth(), true).size();
            fewest = Math.min(fewest, inMonth);
        }
        return fewest;
    }

    private TreeSet<LocalDate> fieldDayset() {
        return visits.stream().flatMap(v -> v.days().stream()).collect(Collectors.toCollection(TreeSet::new));
    }
}
