package org.aifootprint.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scorecard maths depends on nothing but java.* and itself, as the footprint engine (CalculationIsPureTest). */
class ScoringIsPureTest {

    @Test
    void theScorerUsesOnlyTheJavaStandardLibrary() {
        classes().that().resideInAPackage("org.aifootprint.scoring..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.aifootprint.scoring..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.aifootprint.scoring"));
    }
}
