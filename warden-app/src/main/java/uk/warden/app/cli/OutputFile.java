package uk.warden.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * A file named on the command line for a command to write, which appears whole or not at all: the
 * content goes to a temporary file beside it and is moved into place by {@link #commit}, so a
 * failed or interrupted command never leaves half a report where a DPO could take it for a finished
 * one. Closing without committing removes the temporary file. The temporary file is created
 * readable by its owner only, and the moved file keeps that: it may hold the names of the people
 * exposed.
 */
final class OutputFile implements AutoCloseable {

  private final String name;
  private final Path target;
  private final Path temporary;
  private boolean committed;

  private OutputFile(String name, Path target, Path temporary) {
    this.name = name;
    this.target = target;
    this.temporary = temporary;
  }

  /** Claims a place beside {@code target} now, so an unwritable path fails before any work. */
  static OutputFile create(Path target) {
    String name = target.toString();
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new BadInputException(InputProblem.file(name, "is a folder, not a file"));
    }
    Path folder = absolute.getParent();
    try {
      return new OutputFile(
          name,
          absolute,
          Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part"));
    } catch (NoSuchFileException e) {
      throw new BadInputException(InputProblem.file(name, "cannot be written: no such folder"));
    } catch (AccessDeniedException e) {
      throw new BadInputException(InputProblem.file(name, "cannot be written: permission denied"));
    } catch (IOException e) {
      throw new BadInputException(InputProblem.file(name, "cannot be written: " + e.getMessage()));
    }
  }

  /** The path as the user gave it, to name in messages. */
  String name() {
    return name;
  }

  OutputStream open() throws IOException {
    return Files.newOutputStream(temporary);
  }

  /** Puts the finished file in place, replacing an older one; returns its size in bytes. */
  long commit() throws IOException {
    long size = Files.size(temporary);
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
    return size;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      Files.deleteIfExists(temporary);
    }
  }
}
