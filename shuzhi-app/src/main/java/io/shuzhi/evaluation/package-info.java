/**
 * The arithmetic of a campaign's results, as pure values: the evaluation scheme (grade points, component weights,
 * grade bands, caps, consequence rules) and {@link io.shuzhi.evaluation.Evaluator}, which turns tallies into
 * {@link io.shuzhi.evaluation.Evaluation}s. No Spring, no database: every rule is tested alone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package io.shuzhi.evaluation;
