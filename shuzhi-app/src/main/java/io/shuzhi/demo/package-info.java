/**
 * Demo data on request ({@code --demo}, {@code SHUZHI_DEMO=true}): an invented city, loaded into an empty database
 * only. Other features add their own demo data by listening for {@link io.shuzhi.demo.DemoCityLoaded}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "organization", "shared"})
package io.shuzhi.demo;
