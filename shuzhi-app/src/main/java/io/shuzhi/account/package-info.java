/**
 * Users, their role x organization-subtree grants, authentication (form login, API tokens, throttling) and
 * the {@link io.shuzhi.account.Caller} / {@link io.shuzhi.account.Scope} every other feature filters by.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"})
package io.shuzhi.account;
