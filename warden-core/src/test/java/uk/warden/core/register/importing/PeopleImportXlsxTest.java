package uk.warden.core.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.warden.core.register.importing.ImportFiles.bytes;
import static uk.warden.core.register.importing.ImportFiles.problemsOf;
import static uk.warden.core.register.importing.ImportFiles.xlsx;
import static uk.warden.core.register.importing.ImportFiles.xlsxOfText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;

class PeopleImportXlsxTest {

  private final PeopleImport importer = new PeopleImport();

  @Test
  void readsAGoodWorkbookWithRealDateCellsAndNumericPayNumbers() {
    byte[] workbook =
        xlsx(
            sheet -> {
              String[] header = {
                "Pay Number",
                "Surname",
                "Forenames",
                "Rank",
                "Clearance",
                "Clearance Granted",
                "Status",
                "Leaving Date",
                "Collar Number",
                "Staff ID card"
              };
              for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
              }
              sheet.value(1, 0, 12345);
              sheet.value(1, 1, "Okafor");
              sheet.value(1, 2, "Ada");
              sheet.value(1, 3, "Chief Inspector");
              sheet.value(1, 4, "NPPV3");
              sheet.value(1, 5, LocalDate.of(2022, 2, 28));
              sheet.style(1, 5).format("dd/mm/yyyy").set();
              sheet.value(1, 6, "Left");
              sheet.value(1, 7, LocalDate.of(2024, 3, 31));
              sheet.style(1, 7).format("yyyy-mm-dd").set();
              sheet.value(1, 8, 4521);
              // Row 3 is left empty, as users do; row 4 holds a date typed as text.
              sheet.value(3, 0, "S-77");
              sheet.value(3, 1, "Price");
              sheet.value(3, 7, "01/04/2024");
              sheet.value(3, 6, "leaver");
            });

    PeopleImportResult result = importer.read("people.xlsx", bytes(workbook));

    assertThat(result.rowsRead()).isEqualTo(2);
    assertThat(result.ignoredColumns()).containsExactly("Staff ID card");
    Person officer = result.people().get(0);
    assertThat(officer.payNumber()).isEqualTo("12345");
    assertThat(officer.kind()).isEqualTo(PersonKind.OFFICER);
    assertThat(officer.rankCode()).isEqualTo("CI");
    assertThat(officer.clearances())
        .containsExactly(
            new Clearance(
                ClearanceLevel.NPPV3, LocalDate.of(2022, 2, 28), null, ClearanceStatus.ACTIVE));
    assertThat(officer.status()).isEqualTo(EmploymentStatus.LEFT);
    assertThat(officer.leavingDate()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(officer.identifiers().get(0).value()).isEqualTo("4521");
    Person staff = result.people().get(1);
    assertThat(staff.kind()).isEqualTo(PersonKind.STAFF);
    assertThat(staff.leavingDate()).isEqualTo(LocalDate.of(2024, 4, 1));
  }

  @Test
  void locatesProblemsByTheSheetsOwnRowNumbers() {
    byte[] workbook =
        xlsx(
            sheet -> {
              sheet.value(0, 0, "pay_number");
              sheet.value(0, 1, "surname");
              sheet.value(0, 2, "rank");
              sheet.value(1, 0, "P1");
              sheet.value(1, 1, "A");
              sheet.value(1, 2, "PC");
              sheet.value(6, 0, "P7");
              sheet.value(6, 1, "B");
              sheet.value(6, 2, "Admiral");
            });

    assertThat(problemsOf(importer, "people.xlsx", bytes(workbook)))
        .extracting(InputProblem::row, InputProblem::field)
        .containsExactly(tuple(7, "rank"));
  }

  @Test
  void decidesTheFormatFromContentNotTheFileName() {
    byte[] workbook = xlsxOfText(new String[] {"pay_number", "surname"}, new String[] {"P1", "A"});

    assertThat(importer.read("people.csv", bytes(workbook)).people()).hasSize(1);
  }

  @Test
  void refusesAnEmptyFirstSheet() {
    assertThat(problemsOf(importer, "people.xlsx", bytes(xlsx(sheet -> {}))))
        .extracting(InputProblem::reason)
        .containsExactly("the file is empty: expected a header row and one row per person");
  }

  @Test
  void refusesATruncatedWorkbook() {
    byte[] workbook = xlsxOfText(new String[] {"pay_number", "surname"}, new String[] {"P1", "A"});
    byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);

    assertThat(problemsOf(importer, "people.xlsx", bytes(truncated)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isNull();
              assertThat(p.reason()).startsWith("not a readable XLSX file: ");
            });
  }

  @Test
  void refusesAZipThatIsNotAWorkbook() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }

    assertThat(problemsOf(importer, "people.xlsx", bytes(zip.toByteArray())))
        .extracting(InputProblem::reason)
        .singleElement()
        .asString()
        .startsWith("not a readable XLSX file: ");
  }

  @Test
  void refusesRandomBytes() {
    byte[] noise = new byte[20_000];
    new Random(20240331L).nextBytes(noise);

    assertThat(problemsOf(importer, "people.csv", bytes(noise)))
        .extracting(InputProblem::reason)
        .containsExactly("not a CSV or XLSX file: it holds binary data");
  }

  @Test
  void refusesRandomBytesBehindAZipMagic() {
    byte[] noise = new byte[20_000];
    new Random(7L).nextBytes(noise);
    noise[0] = 'P';
    noise[1] = 'K';
    noise[2] = 3;
    noise[3] = 4;

    List<InputProblem> problems = problemsOf(importer, "people.xlsx", bytes(noise));

    assertThat(problems)
        .extracting(InputProblem::reason)
        .singleElement()
        .asString()
        .startsWith("not a readable XLSX file: ");
  }

  @Test
  void refusesAWorkbookOverTheSizeLimitWithoutBufferingIt() {
    byte[] workbook = xlsxOfText(new String[] {"pay_number", "surname"}, new String[] {"P1", "A"});

    assertThatThrownBy(() -> new XlsxRowSource("huge.xlsx", bytes(workbook), 1000))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "huge.xlsx: the XLSX file is larger than 1000 bytes: save it as CSV, which has no size"
                + " limit");
  }

  @Test
  void refusesOldExcelXlsFiles() {
    byte[] xls = new byte[512];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, xls, 0, magic.length);

    assertThat(problemsOf(importer, "people.xls", bytes(xls)))
        .extracting(InputProblem::reason)
        .containsExactly("old Excel .xls files are not supported: save as .xlsx or CSV");
  }
}
