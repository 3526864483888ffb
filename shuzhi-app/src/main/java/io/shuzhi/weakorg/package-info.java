/**
 * Weak organizations (软弱涣散整顿): the yearly bottom ranking by a weighted composite of indicators with quotas per
 * level, manual designation, sponsors, consolidation plans made of problems, and the turnaround assessment.
 * Other features add indicators as {@link io.shuzhi.weakorg.WeakOrganizationIndicator} beans.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "organization", "shared", "rectification", "commitment"})
package io.shuzhi.weakorg;
