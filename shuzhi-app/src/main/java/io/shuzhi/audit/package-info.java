/** Who changed what, recorded in the same transaction as the change. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package io.shuzhi.audit;
