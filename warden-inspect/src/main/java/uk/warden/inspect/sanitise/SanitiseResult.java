package uk.warden.inspect.sanitise;

import java.util.List;
import uk.warden.inspect.report.FileReport;

/**
 * What sanitising did, as the diff summary a user checks before sending: which sheet was kept and
 * which were dropped, how many rows and columns were left out and why, and the inspection of the
 * CSV written.
 */
public record SanitiseResult(
    String sheet,
    List<String> sheetsDropped,
    long rowsWritten,
    int hiddenRowsDropped,
    int hiddenColumnsDropped,
    long hiddenCellsDropped,
    List<String> personalColumnsDropped,
    List<String> columnsKept,
    FileReport output) {}
