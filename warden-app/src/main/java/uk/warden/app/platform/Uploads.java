package uk.warden.app.platform;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/** An uploaded file's bytes, for the pages and the API alike, within a bound set by its use. */
public final class Uploads {

  private Uploads() {}

  /** The bytes, or bad input naming the file: none chosen, over {@code maxBytes}, unreadable. */
  public static byte[] bytes(MultipartFile file, long maxBytes, String tooLarge) {
    if (file.isEmpty()) {
      throw new BadInputException(InputProblem.field("upload", "file", "choose a file"));
    }
    String name = UploadNames.of(file);
    if (file.getSize() > maxBytes) {
      throw new BadInputException(InputProblem.file(name, tooLarge));
    }
    try (InputStream in = file.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new BadInputException(InputProblem.file(name, "the upload could not be read"));
    }
  }
}
