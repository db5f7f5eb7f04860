package uk.warden.inspect.format.word;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.format.ooxml.ExternalLinks;

/**
 * A field code that pulls content from outside the document when it is updated: DDE (which runs
 * programs), included text and pictures, OLE links, and hyperlinks to files. What it points at is
 * written in the field code, not in a relationship, so the relationship scan cannot see it.
 */
record FieldInstruction(String field, String target) {

  private static final Set<String> ALWAYS_EXTERNAL =
      Set.of("DDE", "DDEAUTO", "INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE", "LINK", "IMPORT");

  static @Nullable FieldInstruction external(String instruction) {
    String code = instruction.trim();
    if (code.isEmpty()) {
      return null;
    }
    int space = firstSpace(code);
    String field = (space < 0 ? code : code.substring(0, space)).toUpperCase(Locale.ROOT);
    String rest = space < 0 ? "" : code.substring(space).trim();
    if (ALWAYS_EXTERNAL.contains(field)) {
      return new FieldInstruction(field, target(field, rest));
    }
    if (field.equals("HYPERLINK")) {
      int quote = rest.indexOf('"');
      if (quote < 0 || rest.substring(0, quote).contains("\\l")) {
        return null; // a link to a bookmark in this document
      }
      String target = quoted(rest, quote);
      return ExternalLinks.fileReference(target) ? new FieldInstruction(field, target) : null;
    }
    return null;
  }

  /** The quoted path for linking fields; the program and its arguments for DDE. */
  private static String target(String field, String rest) {
    if (field.startsWith("DDE")) {
      return rest;
    }
    int quote = rest.indexOf('"');
    if (quote >= 0) {
      return quoted(rest, quote);
    }
    int space = firstSpace(rest);
    return space < 0 ? rest : rest.substring(0, space);
  }

  private static String quoted(String text, int quote) {
    int end = text.indexOf('"', quote + 1);
    return (end < 0 ? text.substring(quote + 1) : text.substring(quote + 1, end))
        .replace("\\\\", "\\");
  }

  private static int firstSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
