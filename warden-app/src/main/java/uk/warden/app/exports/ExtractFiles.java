package uk.warden.app.exports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.Person;
import uk.warden.core.trace.MarkedExtract;

/** Writes a marked extract in the format the party accepts. */
@Component
public class ExtractFiles {

  /**
   * @param people the people of the extract's rows (not its canaries), for their photos
   * @param photos the folder of photos named by each person's photo reference
   */
  public byte[] write(
      ExtractFormat format, MarkedExtract marked, List<Person> people, @Nullable Path photos) {
    return switch (format) {
      case CSV -> csv(marked);
      case XLSX -> ExtractWorkbook.write(marked.columns(), marked.rows());
      case ZIP -> throw new UnsupportedOperationException(format.word() + " is not written yet");
    };
  }

  static byte[] csv(MarkedExtract marked) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      printer.printRecord(marked.columns());
      for (List<String> row : marked.rows()) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
