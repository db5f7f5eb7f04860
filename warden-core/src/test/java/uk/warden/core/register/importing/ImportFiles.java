package uk.warden.core.register.importing;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** Builds import fixtures in memory, so every test shows the file it reads. */
final class ImportFiles {

  private ImportFiles() {}

  static InputStream csv(String... lines) {
    return text(String.join("\n", lines) + "\n");
  }

  static InputStream text(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  static InputStream bytes(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** An XLSX workbook whose first sheet the given code fills (row and column 0 is cell A1). */
  static byte[] xlsx(Consumer<Worksheet> sheet) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "Warden tests", "1.0")) {
      sheet.accept(workbook.newWorksheet("People"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes a header row then data rows of text cells. */
  static byte[] xlsxOfText(String[]... rows) {
    return xlsx(
        sheet -> {
          for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
              sheet.value(r, c, rows[r][c]);
            }
          }
        });
  }

  static List<InputProblem> problemsOf(PeopleImport importer, String name, InputStream in) {
    BadInputException refused =
        catchThrowableOfType(BadInputException.class, () -> importer.read(name, in));
    if (refused == null) {
      throw new AssertionError("expected the file to be refused");
    }
    return refused.problems();
  }

  static List<InputProblem> problemsOf(InputStream in) {
    return problemsOf(new PeopleImport(), "people.csv", in);
  }
}
