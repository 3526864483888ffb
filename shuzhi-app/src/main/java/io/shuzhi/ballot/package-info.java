/**
 * The live anonymous ballot (测评): sessions that freeze their seats and issue single-use tokens, the mobile
 * ballot page, one counted ballot per token (the last one cast before closing), and the tallies results are
 * computed from. Who voted is never linked to what was voted.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campaign", "evaluation", "account", "audit", "shared"})
package io.shuzhi.ballot;
