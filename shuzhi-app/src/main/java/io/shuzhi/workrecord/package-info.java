/**
 * Leaders' work records: field visits (调研/督办/回访), meetings, contact points, key challenges, heart-to-heart
 * talks, trainings and proxy services. Entered once, they give the activity summary, the sentences offered to
 * the report, the counters that move linked commitments, and the check of a report's claims.
 *
 * <p>This package is what other modules may use: the events ({@link io.shuzhi.workrecord.WorkRecordChanged},
 * {@link io.shuzhi.workrecord.FieldVisitFindingsRecorded}), {@link io.shuzhi.workrecord.ActivitySentences},
 * {@link io.shuzhi.workrecord.ClaimChecker}, {@link io.shuzhi.workrecord.CounterSuggestion} with
 * {@link io.shuzhi.workrecord.Counter}, and the {@link io.shuzhi.workrecord.TrainingPopulation} and
 * {@link io.shuzhi.workrecord.CommitmentProgressSink} extension points. The sub-packages, one per kind of record
 * ({@code visit}, {@code meeting}, {@code contactpoint}, {@code keychallenge}, {@code talk}, {@code training},
 * {@code proxyservice}) and per use of them ({@code summary}, {@code claim}, {@code counter}, {@code scope},
 * {@code web}), are internal to the module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "analysis :: quantity", "audit", "commitment", "organization", "rectification", "shared"})
package io.shuzhi.workrecord;
