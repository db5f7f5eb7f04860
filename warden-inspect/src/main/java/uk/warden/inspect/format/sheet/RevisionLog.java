package uk.warden.inspect.format.sheet;

import java.util.LinkedHashSet;
import java.util.Set;
import uk.warden.inspect.content.HiddenContent;

/**
 * The revision log of a shared workbook (xl/revisions/): who saved when, and the old and new value
 * of every changed cell. Excel keeps it for the whole sharing history, so deleted values survive
 * there. The log itself is reported as tracked changes, the cell values it keeps as cached data.
 */
final class RevisionLog {

  private RevisionLog() {}

  static void report(Reporter reporter, OoxmlPackage pkg, String workbookPart) {
    Relationship headers = pkg.first(workbookPart, "revisionHeaders");
    Relationship users = pkg.first(workbookPart, "usernames");
    Set<String> people = new LinkedHashSet<>();
    if (users != null && !users.external() && pkg.has(users.target())) {
      try (XmlPart xml = pkg.xml(users.target())) {
        while (xml.nextStart()) {
          if (xml.is("userInfo")) {
            addPerson(people, xml.attr("name"));
          }
        }
      }
    }
    if (headers == null || headers.external() || !pkg.has(headers.target())) {
      return;
    }
    String headersPart = headers.target();
    int saves = 0;
    try (XmlPart xml = pkg.xml(headersPart)) {
      while (xml.nextStart()) {
        if (xml.is("header")) {
          saves++;
          addPerson(people, xml.attr("userName"));
        }
      }
    }
    long values = 0;
    int changes = 0;
    for (Relationship log : pkg.relationships(headersPart)) {
      if (log.external() || !log.is("revisionLog") || !pkg.has(log.target())) {
        continue;
      }
      try (XmlPart xml = pkg.xml(log.target())) {
        while (xml.nextStart()) {
          switch (xml.localName()) {
            case "rcc", "rrc", "rm", "rsnm", "ris", "rcmt", "rdn", "rcft", "rqt", "rfmt", "raf" -> {
              changes++;
              addPerson(people, xml.attr("author"));
            }
            case "oc", "nc" -> {
              String ref = xml.attr("r");
              String value = xml.text();
              if (!value.isBlank()) {
                values++;
                reporter.text(log.target(), ref, HiddenContent.CACHED_DATA, value);
              }
            }
            default -> {
              // formats and the like keep no values
            }
          }
        }
      }
    }
    for (String person : people) {
      reporter.text(headersPart, "userName", HiddenContent.TRACKED_CHANGES, person);
    }
    reporter.structure(
        HiddenContent.TRACKED_CHANGES,
        headersPart,
        null,
        Math.max(saves, changes),
        "the workbook is shared and keeps a revision log: %s, %s by %s"
            .formatted(
                Sizes.count(saves, "save", "saves"),
                Sizes.count(changes, "change", "changes"),
                Sizes.count(people.size(), "user", "users")));
    if (values > 0) {
      reporter.structure(
          HiddenContent.CACHED_DATA,
          headersPart,
          null,
          values,
          "the revision log keeps %s of earlier or changed cells"
              .formatted(Sizes.count(values, "value", "values")));
    }
  }

  private static void addPerson(
      Set<String> people, @org.jspecify.annotations.Nullable String name) {
    if (name != null && !name.isBlank()) {
      people.add(name.strip());
    }
  }
}
