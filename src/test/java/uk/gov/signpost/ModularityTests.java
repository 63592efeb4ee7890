package uk.gov.signpost;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold: no module reaches into another's {@code internal} package and there are no
 * cycles. It also writes the module diagrams (C4, PlantUML) to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SignpostApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void writes_module_documentation() {
        // Diagrams only: the module canvases read Javadoc through a JSON parser that trips over quotation marks.
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
