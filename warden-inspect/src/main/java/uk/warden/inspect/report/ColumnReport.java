package uk.warden.inspect.report;

import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.Location;

/**
 * A table column classified from its header and its values together: its type (a personal-data
 * type, or {@code UNIT}, {@code LOCATION}, {@code VETTING}, {@code PHOTO} from the header), how
 * many values bear it out and a masked example.
 *
 * @param hiddenBy the hidden-content code that hides the column's table or cells, or null
 */
public record ColumnReport(
    Location location,
    String header,
    String type,
    long count,
    String example,
    @Nullable String hiddenBy) {}
