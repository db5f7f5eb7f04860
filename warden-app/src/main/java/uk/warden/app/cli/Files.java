package uk.warden.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * Opens or reads a file named on the command line, turning "missing", "unreadable" and "too large"
 * into bad input.
 */
final class Files {

  private Files() {}

  static InputStream open(Path file) {
    String name = file.toString();
    if (java.nio.file.Files.isDirectory(file)) {
      throw new BadInputException(InputProblem.file(name, "is a folder, not a file"));
    }
    try {
      return java.nio.file.Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(InputProblem.file(name, "no such file"));
    } catch (AccessDeniedException e) {
      throw new BadInputException(InputProblem.file(name, "permission denied"));
    } catch (IOException e) {
      throw new BadInputException(InputProblem.file(name, "cannot be read: " + e.getMessage()));
    }
  }

  /**
   * The whole file, refused before it is read when it is over {@code maxBytes}; the bound holds for
   * a file that grows while it is read, too.
   */
  static byte[] read(Path file, long maxBytes, String tooLarge) {
    try (InputStream in = open(file)) {
      byte[] content = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (content.length > maxBytes) {
        throw new BadInputException(InputProblem.file(file.toString(), tooLarge));
      }
      return content;
    } catch (IOException e) {
      throw new BadInputException(
          InputProblem.file(file.toString(), "cannot be read: " + e.getMessage()));
    }
  }
}
