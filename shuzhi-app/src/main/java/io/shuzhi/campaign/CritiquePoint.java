package io.shuzhi.campaign;

/** One point of a critique; {@code rectify} marks it as a problem to be tracked until closed out. */
public record CritiquePoint(String text, boolean rectify) {
}
