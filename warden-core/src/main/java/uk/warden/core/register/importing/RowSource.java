package uk.warden.core.register.importing;

import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;

/**
 * The rows of one file, whatever its format, so the import logic never knows whether it reads CSV
 * or XLSX. Rows come one at a time: a large extract is never held whole as text.
 */
interface RowSource extends AutoCloseable {

  /**
   * The next row, blank ones included (they still count for row numbers), or null at the end.
   *
   * @throws BadInputException if the file cannot be read from here on; the problem says where
   */
  @Nullable SourceRow next();

  /** Releases what the reader holds; never closes the caller's stream. */
  @Override
  void close();
}
