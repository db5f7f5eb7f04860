package uk.warden.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The faces stay thin: they call capability services, never stores or SQL. */
class ArchitectureTests {

  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.warden.app");

  @Test
  void facesDoNotReachIntoStores() {
    noClasses()
        .that()
        .resideInAnyPackage("..api..", "..web..", "..cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..store..", "org.springframework.jdbc..", "java.sql..")
        .check(APP);
  }

  @Test
  void storesDoNotDependOnFaces() {
    noClasses()
        .that()
        .resideInAPackage("..store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..api..", "..web..", "..cli..")
        .check(APP);
  }

  @Test
  void nothingButTheCliWritesToStandardStreams() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..cli..")
        .and()
        .doNotHaveSimpleName("WardenMain")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(APP);
  }
}
