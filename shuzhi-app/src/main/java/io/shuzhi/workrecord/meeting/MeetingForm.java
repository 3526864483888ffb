package io.shuzhi.workrecord.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The phone form for a meeting: today, a standing-committee meeting, chaired by the caller. */
public class MeetingForm {

    @NotNull(message = "{workrecord.validation.organization}")
    Long organizationId;

    @NotNull
    MeetingKind kind = MeetingKind.STANDING_COMMITTEE;

    @NotNull(message = "{workrecord.validation.date}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate date;

    @NotBlank(message = "{workrecord.validation.topics}")
    @Size(max = 4000)
    String topics;

    @Size(max = 4000)
    String decisions;

    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind kind) { this.kind = kind; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }

    public MeetingService.NewMeeting toNew() {
        return new MeetingService.NewMeeting(organizationId, kind, date, null, topics, decisions);
    }

    /** The edit form of a stored meeting, filled with what it says now. */
    public static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.organizationId = meeting.organizationId();
        form.kind = meeting.kind();
        form.date = meeting.date();
        form.topics = meeting.topics();
        form.decisions = meeting.decisions();
        return form;
    }

    /** The correction of {@code before}; the chair stays who it was (the form does not offer to change it). */
    public MeetingService.NewMeeting toRevision(Meeting before) {
        return new MeetingService.NewMeeting(organizationId, kind, date, before.chairUserId(), topics, decisions);
    }
}
