package uk.warden.inspect.format.sheet;

import org.jspecify.annotations.Nullable;

/**
 * One relationship of an OOXML part: its id, type URI, and target, resolved to a part name unless
 * it points outside the package; {@code raw} is the target as written.
 */
record Relationship(String id, String type, String target, boolean external, String raw) {

  /**
   * Whether the type URI ends with {@code /suffix}, so transitional and strict types both match.
   */
  boolean is(String suffix) {
    return type.endsWith("/" + suffix);
  }

  /** The relationship with an id; the last one when ids repeat. */
  static @Nullable Relationship byId(Iterable<Relationship> relationships, @Nullable String id) {
    if (id == null) {
      return null;
    }
    Relationship found = null;
    for (Relationship relationship : relationships) {
      if (relationship.id().equals(id)) {
        found = relationship;
      }
    }
    return found;
  }
}
