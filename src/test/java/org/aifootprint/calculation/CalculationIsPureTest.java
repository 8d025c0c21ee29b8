package org.aifootprint.calculation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The calculation depends on nothing but java.* and itself: no container, no database, no framework. */
class CalculationIsPureTest {

    @Test
    void theEngineUsesOnlyTheJavaStandardLibrary() {
        classes().that().resideInAPackage("org.aifootprint.calculation..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.aifootprint.calculation..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.aifootprint.calculation"));
    }
}
