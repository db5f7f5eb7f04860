package uk.warden.inspect.format.ooxml;

/**
 * One relationship of a part: {@code target} is a part name (no leading slash) for an internal
 * relationship, and the target exactly as written for an external one (a URL, a file path).
 */
public record Relationship(String id, String type, String target, boolean external) {

  /**
   * The last segment of the type, e.g. "hyperlink" or "attachedTemplate": the same in the
   * transitional, strict and Microsoft extension namespaces.
   */
  public String kind() {
    return type.substring(type.lastIndexOf('/') + 1);
  }

  public boolean is(String kind) {
    return kind().equals(kind);
  }
}
