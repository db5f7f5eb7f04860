package uk.warden.app.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.Person;
import uk.warden.core.trace.MarkedExtract;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.sanitise.CleanedPhoto;
import uk.warden.inspect.sanitise.PhotoCleaner;

/**
 * Writes a marked extract in the format the party accepts. A ZIP is the CSV with the people's
 * photos beside it, each stripped of its metadata (EXIF with any GPS position, XMP, IPTC, comments,
 * thumbnails) without changing the picture: a card printer needs the face, not where and on which
 * camera it was taken.
 */
@Component
public class ExtractFiles {

  /** Far above any pass photo; a bound on what one person's photo may add to memory. */
  static final long MAX_PHOTO_BYTES = 10L << 20;

  /**
   * @param people the people of the extract's rows (not its canaries), for their photos
   * @param photos the folder that photo references are relative to; required for a ZIP
   */
  public byte[] write(
      ExtractFormat format, MarkedExtract marked, List<Person> people, @Nullable Path photos) {
    return switch (format) {
      case CSV -> csv(marked);
      case XLSX -> ExtractWorkbook.write(marked.columns(), marked.rows());
      case ZIP -> zip(csv(marked), photos(people, photos));
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

  /** Each person's photo, cleaned, by the name it has in the ZIP; refused whole if any fails. */
  private static Map<String, byte[]> photos(List<Person> people, @Nullable Path folder) {
    if (folder == null) {
      throw new BadInputException(
          InputProblem.field(
              "request", "photos", "is required for a .zip extract: the folder of the photos"));
    }
    Path root = folder.toAbsolutePath().normalize();
    Map<String, byte[]> photos = new LinkedHashMap<>();
    List<InputProblem> problems = new ArrayList<>();
    for (Person person : people) {
      String ref = person.photoRef();
      if (ref == null || ref.isBlank()) {
        continue;
      }
      Path file = root.resolve(ref).normalize();
      String where = "photo of " + person.payNumber();
      try {
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
          problems.add(InputProblem.field(where, "file", "is not in the photos folder"));
          continue;
        }
        if (Files.size(file) > MAX_PHOTO_BYTES) {
          problems.add(InputProblem.field(where, "file", "is over 10 MB"));
          continue;
        }
        CleanedPhoto cleaned = PhotoCleaner.clean(Files.readAllBytes(file));
        photos.put("photos/" + file.getFileName(), cleaned.bytes());
      } catch (UnreadableException e) {
        problems.add(InputProblem.field(where, "file", e.getMessage()));
      } catch (IOException e) {
        problems.add(InputProblem.field(where, "file", "cannot be read"));
      }
      if (problems.size() >= 20) {
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return photos;
  }

  private static byte[] zip(byte[] csv, Map<String, byte[]> photos) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "extract.csv", csv);
      for (Map.Entry<String, byte[]> photo : photos.entrySet()) {
        entry(zip, photo.getKey(), photo.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Entries carry no time stamps: the file's fingerprint then depends on its content alone. */
  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(0);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }
}
