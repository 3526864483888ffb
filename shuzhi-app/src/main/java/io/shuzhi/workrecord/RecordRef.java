package io.shuzhi.workrecord;

/** Points at one work record, so a figure quoted in a report can be traced back to what it counts. */
public record RecordRef(String type, long id) {

    /** Where the record can be read (数据来源). */
    public String href() {
        return switch (type) {
            case "FieldVisit" -> "/api/field-visits/" + id;
            case "Meeting" -> "/api/meetings/" + id;
            case "KeyChallenge" -> "/api/key-challenges/" + id;
            case "HeartToHeartTalk" -> "/api/talks/" + id;
            case "Training" -> "/api/trainings/" + id;
            default -> "/work-records/proxy-services";
        };
    }
}
