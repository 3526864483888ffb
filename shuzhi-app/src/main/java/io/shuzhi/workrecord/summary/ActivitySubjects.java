package io.shuzhi.workrecord.summary;

import io.shuzhi.workrecord.scope.Places;

import io.shuzhi.account.Caller;
import org.springframework.stereotype.Component;

/**
 * Turns "organization and/or leader, year" from a request into a filter. The organization must be visible (404
 * otherwise); without one, the caller's whole scope counts. Records outside the caller's scope never count,
 * whoever the leader is.
 */
@Component
public class ActivitySubjects {

    private final Places places;

    ActivitySubjects(Places places) {
        this.places = places;
    }

    public ActivityFilter filter(Caller caller, Long organizationId, Long leaderUserId, int year) {
        if (year < 2000 || year > 2100) {
            throw new io.shuzhi.shared.InvalidInputException("workrecord.bad-year", "year", "年份无效 / Invalid year: " + year);
        }
        String rootPath = organizationId == null ? "/" : places.visible(caller, organizationId).path();
        return ActivityFilter.year(caller.scope(), rootPath, leaderUserId, year);
    }
}
