package io.shuzhi.campaign;

import java.util.List;

/**
 * What the editor shows beside a report: last year's commitments and problems of the same organization and how
 * they stand. The follow-up feature implements this as a bean; until it does, {@link None} answers "暂无".
 */
public interface PriorYearContext {

    List<Entry> entriesFor(long organizationId, int year);

    /** A commitment or problem of the previous year and its current status, already in the user's language. */
    record Entry(String kind, String text, String status) {
    }

    /** The default while no feature provides the context. */
    final class None implements PriorYearContext {
        @Override
        public List<Entry> entriesFor(long organizationId, int year) {
            return List.of();
        }
    }
}
