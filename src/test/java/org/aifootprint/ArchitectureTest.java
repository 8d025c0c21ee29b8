package org.aifootprint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Data flows one way: web/api → application → domain, engine, infrastructure (see ARCHITECTURE.md). */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.aifootprint");
    }

    @Test
    void nothingDependsOnTheWebOrTheApi() {
        noClasses().that().resideOutsideOfPackages("org.aifootprint.web..", "org.aifootprint.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.aifootprint.web..", "org.aifootprint.api..")
                .check(classes);
    }

    @Test
    void theWebAndTheApiDoNotTalkToEachOther() {
        noClasses().that().resideInAPackage("org.aifootprint.web..")
                .should().dependOnClassesThat().resideInAPackage("org.aifootprint.api..").check(classes);
        noClasses().that().resideInAPackage("org.aifootprint.api..")
                .should().dependOnClassesThat().resideInAPackage("org.aifootprint.web..").check(classes);
    }

    @Test
    void theDomainKnowsNothingOfUseCasesOrInfrastructure() {
        noClasses().that().resideInAPackage("org.aifootprint.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.aifootprint.application..", "org.aifootprint.infrastructure..")
                .check(classes);
    }

    @Test
    void backingBeansAndResourcesNeverUseTheEntityManager() {
        noClasses().that().resideInAnyPackage("org.aifootprint.web..", "org.aifootprint.api..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }
}
