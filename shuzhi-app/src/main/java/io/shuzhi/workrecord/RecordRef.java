package io.shuzhi.workrecord;

/** Points at one work record, so a figure quoted in a report can be traced back to what it counts. */
public record RecordRef(String type, long id) {
}
