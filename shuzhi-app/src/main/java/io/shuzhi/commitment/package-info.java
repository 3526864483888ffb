/**
 * Commitments and their fulfilment (承诺 → 践诺 → 评诺): quantified targets judged automatically against progress,
 * human ratings with reasons, the fulfilment rate of a subtree. Other features call
 * {@link io.shuzhi.commitment.CommitmentService}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "organization", "shared", "rectification"})
package io.shuzhi.commitment;
