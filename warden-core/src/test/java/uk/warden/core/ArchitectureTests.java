package uk.warden.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays a plain Java library that any face, or none, can call. */
class ArchitectureTests {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.warden.core");

  @Test
  void coreDependsOnNoFrameworkJdbcOrWeb() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "jakarta..", "javax.servlet..", "java.sql..", "javax.sql..")
        .check(CORE);
  }

  @Test
  void coreNeverPrintsToStandardStreams() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CORE);
  }

  @Test
  void coreThrowsSpecificExceptions() {
    NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(CORE);
  }

  @Test
  void corePackagesHaveNoCycles() {
    slices().matching("uk.warden.core.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
