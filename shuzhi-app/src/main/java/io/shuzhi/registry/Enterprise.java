package io.shuzhi.registry;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A private enterprise or social organization (两新组织) under the organization responsible for it, and how
 * party organization covers it. Matched on re-import by its unified social credit code.
 */
public record Enterprise(Long id, @NotNull Long organizationId,
                         @NotBlank @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}", message = "统一社会信用代码应为18位") String creditCode,
                         @NotBlank @Size(max = 200) String name, @NotNull Kind sector,
                         @NotNull PartyOrganization partyOrganization, LocalDate formedOn,
                         @Min(0) int memberCount, @Min(0) Integer employees, LocalDate registeredOn, LocalDate closedOn) {

    public enum Kind {
        PRIVATE_ENTERPRISE("非公企业"), SOCIAL_ORGANIZATION("社会组织");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** 单独组建 / 联合组建 / 未组建. */
    public enum PartyOrganization {
        OWN("单独组建"), JOINT("联合组建"), NONE("未组建");

        public final String label;

        PartyOrganization(String label) {
            this.label = label;
        }
    }

    /** Why the record is inconsistent, or null: a formed organization has a date, none has none. */
    String inconsistency() {
        if (partyOrganization != PartyOrganization.NONE && formedOn == null) {
            return "已组建党组织的，须填写组建日期";
        }
        if (partyOrganization == PartyOrganization.NONE && formedOn != null) {
            return "未组建党组织的，不应填写组建日期";
        }
        if (closedOn != null && registeredOn != null && closedOn.isBefore(registeredOn)) {
            return "注销日期不能早于登记日期";
        }
        return null;
    }
}
