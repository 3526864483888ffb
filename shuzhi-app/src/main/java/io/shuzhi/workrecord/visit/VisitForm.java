package io.shuzhi.workrecord.visit;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The phone form for a visit: today, research, the caller as leader unless changed. */
public class VisitForm {

    @NotNull(message = "{workrecord.validation.date}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate date;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate endDate;

    @NotNull
    Purpose purpose = Purpose.RESEARCH;

    @NotEmpty(message = "{workrecord.validation.organizations}")
    List<Long> organizationIds = new ArrayList<>();

    @Size(max = 100)
    String leaderName;

    @Size(max = 4000)
    String notes;

    @Size(max = 4000)
    String findings;

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public Purpose getPurpose() { return purpose; }
    public void setPurpose(Purpose purpose) { this.purpose = purpose; }
    public List<Long> getOrganizationIds() { return organizationIds; }
    public void setOrganizationIds(List<Long> organizationIds) { this.organizationIds = organizationIds; }
    public String getLeaderName() { return leaderName; }
    public void setLeaderName(String leaderName) { this.leaderName = leaderName; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getFindings() { return findings; }
    public void setFindings(String findings) { this.findings = findings; }

    public FieldVisitService.NewFieldVisit toNew() {
        return new FieldVisitService.NewFieldVisit(null, leaderName, date, endDate, organizationIds, purpose, notes, findings);
    }

    /** The edit form of a stored visit, filled with what it says now. */
    public static VisitForm of(FieldVisit visit) {
        VisitForm form = new VisitForm();
        form.date = visit.date();
        form.endDate = visit.endDate();
        form.purpose = visit.purpose();
        form.organizationIds = new ArrayList<>(visit.places().stream().map(p -> p.id()).toList());
        form.leaderName = visit.leaderName();
        form.notes = visit.notes();
        form.findings = visit.findings();
        return form;
    }

    /**
     * The correction of {@code before}: the leader stays who it was (an account stays linked) unless another name is
     * typed; a cleared name also keeps the leader, rather than silently making the person editing the leader.
     */
    public FieldVisitService.NewFieldVisit toRevision(FieldVisit before) {
        boolean sameLeader = leaderName == null || leaderName.isBlank() || leaderName.strip().equals(before.leaderName());
        Long userId = sameLeader ? before.leaderUserId() : null;
        String name = sameLeader ? (userId == null ? before.leaderName() : null) : leaderName;
        return new FieldVisitService.NewFieldVisit(userId, name, date, endDate, organizationIds, purpose, notes, findings);
    }
}
