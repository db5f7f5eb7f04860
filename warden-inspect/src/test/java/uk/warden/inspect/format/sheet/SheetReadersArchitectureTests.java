package uk.warden.inspect.format.sheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheet readers never build a workbook object model: XSSFWorkbook needs gigabytes for a
 * 100,000-row sheet, SXSSF is a writer, HSSFWorkbook holds every cell, and WorkbookFactory opens
 * one of them behind your back. Cells are streamed (StAX over the package parts, HSSF records)
 * instead.
 */
class SheetReadersArchitectureTests {

  private static final JavaClasses READERS =
      new ClassFileImporter()
          .withImportOption(location -> !location.contains("/test-classes/"))
          .importPackages("uk.warden.inspect.format.sheet");

  @Test
  void neverBuildAWorkbookObjectModel() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.poi.xssf.usermodel.XSSFWorkbook")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.poi.hssf.usermodel.HSSFWorkbook")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.poi.ss.usermodel.WorkbookFactory")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.poi.xssf.streaming..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.poi.xssf.eventusermodel.XSSFReader")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.apache.poi.openxml4j.opc.OPCPackage")
        .check(READERS);
  }

  @Test
  void parseXmlOnlyThroughTheHardenedPart() {
    noClasses()
        .that()
        .doNotHaveSimpleName("XmlPart")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.xml.parsers..", "org.w3c.dom..", "org.xml.sax..")
        .orShould()
        .callMethod(javax.xml.stream.XMLInputFactory.class, "newFactory")
        .orShould()
        .callMethod(javax.xml.stream.XMLInputFactory.class, "newInstance")
        .check(READERS);
  }
}
