package io.shuzhi.analysis.split;

/** The secretary who reports (述职人): e.g. 陈德贵, 县委书记, 中共随县县委. Unknown parts are null. */
public record Reporter(String name, String position, String organization) {
}
