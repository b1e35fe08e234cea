package com.dealstage.modules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealstage.DealstageApplication;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each direct sub-package of com.dealstage is a module (whatever modules there are: the list is discovered, not
 * written here). A module uses another only through the public types of that module's own package (its facade,
 * facts, decisions and events), never through a sub-package, and no two modules depend on each other in a cycle.
 */
class ModuleBoundariesTest {

    @Test
    void modulesUseEachOtherOnlyThroughTheirPublicTypesAndWithoutCycles() {
        ApplicationModules modules = ApplicationModules.of(DealstageApplication.class);
        assertThat(modules.stream()).as("modules found").hasSizeGreaterThan(5);
        modules.detectViolations().throwIfPresent();
    }

    @Test
    void onlyTheRulesModuleTalksToDrools() {
        noClasses().that().resideOutsideOfPackage("com.dealstage.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .because("rules/ is the only module that knows Drools: others hand it facts and read decisions")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.dealstage"));
    }

    @Test
    void theVerificationCatchesAModuleReachingIntoAnothersInternals() {
        ApplicationModules fixture = ApplicationModules.of("com.dealstage.modules.fixture", location -> true);

        // detectViolations, not verify: verify remembers a verified instance and returns at once when asked again
        assertThat(fixture.detectViolations().getMessages()).isNotEmpty()
                .anySatisfy(message -> assertThat(message).contains("Orders").contains("Ledger"));
    }
}
