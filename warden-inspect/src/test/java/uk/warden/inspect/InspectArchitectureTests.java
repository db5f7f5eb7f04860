package uk.warden.inspect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import uk.warden.inspect.detect.Detector;

/**
 * The inspector stays a plain Java library, like the core (see warden-core's ArchitectureTests),
 * and its detectors keep to the shape that makes them fast and safe to log.
 */
class InspectArchitectureTests {

  private static final JavaClasses INSPECT =
      new ClassFileImporter()
          // Not Predefined.DO_NOT_INCLUDE_TESTS: it knows only target/test-classes, and parallel
          // builds use their own build folder (-Dbuild.dir.name).
          .withImportOption(location -> !location.contains("/test-classes/"))
          .importPackages("uk.warden.inspect");

  @Test
  void dependsOnNoFrameworkJdbcOrWeb() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "jakarta..", "javax.servlet..", "java.sql..", "javax.sql..")
        .check(INSPECT);
  }

  @Test
  void neverPrintsToStandardStreams() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(INSPECT);
  }

  @Test
  void throwsSpecificExceptions() {
    NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(INSPECT);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("uk.warden.inspect.(*)..").should().beFreeOfCycles().check(INSPECT);
    slices().matching("uk.warden.inspect.detect.(*)..").should().beFreeOfCycles().check(INSPECT);
  }

  @Test
  void detectorsNeitherLogNorBacktrack() {
    // No logging, so matched text cannot leak into logs; no java.util.regex, so no backtracking.
    noClasses()
        .that()
        .resideInAPackage("uk.warden.inspect.detect..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.util.logging..", "org.slf4j..", "java.util.regex..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.System$Logger")
        .check(INSPECT);
  }

  @Test
  void detectorPackagesExposeOnlyDetectorsAndTheirSettings() {
    classes()
        .that()
        .resideInAnyPackage(
            "uk.warden.inspect.detect.generic",
            "uk.warden.inspect.detect.uk",
            "uk.warden.inspect.detect.police")
        .and()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .implement(Detector.class)
        .orShould()
        .haveSimpleName("RankLexicon")
        .orShould()
        .haveSimpleName("PayNumberShape")
        .check(INSPECT);
  }

  @Test
  void everyPackageIsNullMarked() {
    for (JavaClass javaClass : INSPECT) {
      Package p = javaClass.reflect().getPackage();
      assertThat(p.isAnnotationPresent(NullMarked.class)).as(p.getName()).isTrue();
    }
  }
}
