package uk.warden.inspect.format.ooxml;

import java.util.Locale;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.UnreadableException;

/** Counts table cells handed to the sink against {@link Limits#maxCells()}. */
public final class CellBudget {

  private final long max;
  private long used;

  public CellBudget(Limits limits) {
    this.max = limits.maxCells();
  }

  public void spend() throws UnreadableException {
    if (++used > max) {
      throw new UnreadableException(
          String.format(Locale.ROOT, "the file has more than %,d table cells", max));
    }
  }
}
