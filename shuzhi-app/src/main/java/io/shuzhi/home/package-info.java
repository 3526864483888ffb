/** The start page: what the signed-in user may do. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "organization", "shared"})
package io.shuzhi.home;
