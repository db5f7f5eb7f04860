package uk.warden.inspect.format.sheet;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which document properties identify people or organisations, as a data protection officer reads
 * them, and which values only name the software that wrote the file. Dates, revision numbers and
 * application versions are left out: they describe the file, not a person.
 */
final class PropertyNames {

  /** OOXML core and extended property element names, with the label used in details. */
  static final Map<String, String> OOXML =
      Map.ofEntries(
          Map.entry("creator", "creator"),
          Map.entry("lastModifiedBy", "last modified by"),
          Map.entry("title", "title"),
          Map.entry("subject", "subject"),
          Map.entry("description", "comments"),
          Map.entry("keywords", "keywords"),
          Map.entry("category", "category"),
          Map.entry("contentStatus", "status"),
          Map.entry("identifier", "identifier"),
          Map.entry("Company", "company"),
          Map.entry("Manager", "manager"),
          Map.entry("HyperlinkBase", "hyperlink base"),
          Map.entry("Template", "template"));

  /**
   * Values that name a generator or a placeholder, not a person: POI writes "Apache POI" as the
   * creator of every workbook it creates, openpyxl writes "openpyxl", Office for Mac writes
   * "Microsoft Office User" until someone sets a name.
   */
  private static final Set<String> GENERATED =
      Set.of(
          "apache poi",
          "openpyxl",
          "xlsxwriter",
          "microsoft office user",
          "normal.dotm",
          "normal.dot",
          "calc");

  /** Custom properties Office and LibreOffice write about themselves, not about anyone. */
  private static final Set<String> SELF_DESCRIBING =
      Set.of(
          "appversion",
          "docsecurity",
          "scalecrop",
          "linksuptodate",
          "shareddoc",
          "hyperlinkschanged",
          "contenttypeid");

  private PropertyNames() {}

  /** Whether a custom property is one an application writes about itself. */
  static boolean selfDescribing(String name) {
    return name.startsWith("_") || SELF_DESCRIBING.contains(name.toLowerCase(Locale.ROOT));
  }

  static boolean identifying(String value) {
    String trimmed = value.strip();
    return !trimmed.isEmpty() && !GENERATED.contains(trimmed.toLowerCase(Locale.ROOT));
  }
}
