package io.shuzhi.registry;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A member of a village's or community's "two committees" (村"两委"): the post, principal or deputy, whether the
 * party secretary also heads the villagers'/residents' committee (一肩挑), annual pay in fen, and the term.
 */
public record VillageCadre(Long id, @NotNull Long organizationId, @NotBlank @Size(max = 100) String name,
                           @NotNull Gender gender, LocalDate birthDate, @NotNull Post post, @NotNull Rank rank,
                           boolean holdsBothPosts, @NotNull @Min(0) Long annualPay, @NotNull LocalDate servedFrom,
                           LocalDate servedTo) {

    public enum Post { PARTY_SECRETARY, COMMITTEE_DIRECTOR, DEPUTY_SECRETARY, DEPUTY_DIRECTOR, COMMITTEE_MEMBER }

    public enum Rank { PRINCIPAL, DEPUTY }

    /** Why the record is inconsistent, or null. */
    String inconsistency() {
        if (holdsBothPosts && post != Post.PARTY_SECRETARY) {
            return "“一肩挑”只适用于党组织书记";
        }
        if ((post == Post.PARTY_SECRETARY || post == Post.COMMITTEE_DIRECTOR) && rank != Rank.PRINCIPAL) {
            return "书记、主任为主职";
        }
        if (servedTo != null && servedTo.isBefore(servedFrom)) {
            return "任职结束日期不能早于开始日期";
        }
        return null;
    }
}
