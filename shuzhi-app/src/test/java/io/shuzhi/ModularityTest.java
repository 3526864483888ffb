package io.shuzhi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Each top-level package is a module; this verifies their declared dependencies and writes the module docs. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(ShuzhiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theFeaturesAreModules() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("organization", "account", "audit", "shared");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
