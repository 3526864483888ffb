/**
 * The analysis library ({@code shuzhi-analysis}) has no Spring on its classpath (the enforcer bans it), so the app
 * declares here which of its packages other modules may use: the quantity extractor, for workrecord's claim check.
 * Modulith sees {@code io.shuzhi.analysis} as module {@code analysis}; this package is its named interface
 * {@code analysis :: quantity}.
 */
@org.springframework.modulith.NamedInterface("quantity")
package io.shuzhi.analysis.quantity;
