package uk.warden.inspect.content;

import org.jspecify.annotations.Nullable;

/**
 * Where something was found, exactly enough to go and look: the file (with the chain of containers
 * for attachments, e.g. {@code reply.eml > staff.xlsx}), the part (a sheet, a page, a slide, an XML
 * part, a header) and the range within it (cells {@code A2:D9501}, an object, a line).
 */
public record Location(String file, @Nullable String part, @Nullable String range) {

  public static Location of(String file) {
    return new Location(file, null, null);
  }

  public Location part(String part) {
    return new Location(file, part, null);
  }

  public Location range(String range) {
    return new Location(file, part, range);
  }

  /** The location of something inside this one's file: an attachment or an embedded document. */
  public Location inside(String name) {
    return Location.of(file + " > " + name);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (part != null) {
      text.append(" | ").append(part);
    }
    if (range != null) {
      text.append(" | ").append(range);
    }
    return text.toString();
  }
}
