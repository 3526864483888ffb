/**
 * Tri-colour warnings (蓝黄红三色预警): rules as data over facts computed by {@link io.shuzhi.warning.WarningFacts}
 * beans, recomputed on change and on a schedule, with history, notification on entry and escalation, and manual
 * overrides with a reason and an approver.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "organization", "shared",
        "rectification", "commitment", "weakorg", "notification", "registry"})
package io.shuzhi.warning;
