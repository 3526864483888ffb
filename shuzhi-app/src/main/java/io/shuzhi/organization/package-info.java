/** The organization tree: create, rename, move, deactivate, import and export. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "shared"})
package io.shuzhi.organization;
