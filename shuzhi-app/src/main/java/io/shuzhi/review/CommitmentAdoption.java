package io.shuzhi.review;

import io.shuzhi.account.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The hook through which the reading view's "adopt" button turns a commitment found in a report into a tracked
 * commitment. The follow-up feature implements it (delegating to its CommitmentService.adopt); until a bean
 * exists the button is not offered. Returns the id of the tracked commitment. {@code comparator} is the analyser's
 * (EXACT, MORE_THAN, AT_LEAST, APPROX, AT_MOST, RANGE), or null for an unquantified commitment.
 */
public interface CommitmentAdoption {

    long adopt(Caller caller, long reportId, long organizationId, int year, String text, BigDecimal target,
               BigDecimal targetMax, String unit, String comparator, LocalDate deadline);
}
