/**
 * Leaders' work records: field visits (调研/督办/回访), meetings, contact points, key challenges, heart-to-heart
 * talks, trainings and proxy services. Entered once, they give the activity summary, the sentences offered to
 * the report, the counters that move linked commitments, and the check of a report's claims.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "analysis :: quantity", "audit", "commitment", "organization", "rectification", "shared"})
package io.shuzhi.workrecord;
