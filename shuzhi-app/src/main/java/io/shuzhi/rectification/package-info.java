/**
 * Problem lists and their rectification (问题清单 → 整改 → 销号): the "five clear" fields, a stable number per
 * organization and year, evidence stored append-only, and close-out approved by the level above.
 * Other features call {@link io.shuzhi.rectification.ProblemService}; changes are published as
 * {@link io.shuzhi.rectification.ProblemChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "organization", "shared"})
package io.shuzhi.rectification;
