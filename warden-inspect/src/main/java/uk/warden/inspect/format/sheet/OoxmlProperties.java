package uk.warden.inspect.format.sheet;

import java.util.ArrayList;
import java.util.List;
import uk.warden.inspect.content.HiddenContent;

/**
 * Core, extended and custom properties of an OOXML package (docProps/*). Values go to the sink as
 * hidden text; the finding names which properties are set, never their values.
 */
final class OoxmlProperties {

  private OoxmlProperties() {}

  static void report(Reporter reporter, OoxmlPackage pkg) {
    for (Relationship relationship : pkg.relationships("")) {
      if (relationship.external() || !pkg.has(relationship.target())) {
        continue;
      }
      if (relationship.is("core-properties") || relationship.is("extended-properties")) {
        named(reporter, pkg, relationship.target());
      } else if (relationship.is("custom-properties")) {
        custom(reporter, pkg, relationship.target());
      }
    }
  }

  private static void named(Reporter reporter, OoxmlPackage pkg, String part) {
    List<String> set = new ArrayList<>();
    try (XmlPart xml = pkg.xml(part)) {
      while (xml.nextStart()) {
        String label = PropertyNames.OOXML.get(xml.localName());
        if (label == null || xml.depth() != 2) {
          continue;
        }
        String value = xml.text();
        if (PropertyNames.identifying(value)) {
          set.add(label);
          reporter.text(part, label, HiddenContent.DOCUMENT_PROPERTIES, value.strip());
        }
      }
    }
    found(reporter, part, set);
  }

  private static void custom(Reporter reporter, OoxmlPackage pkg, String part) {
    List<String> set = new ArrayList<>();
    try (XmlPart xml = pkg.xml(part)) {
      while (xml.nextStart()) {
        if (!xml.is("property")) {
          continue;
        }
        String name = xml.attr("name");
        String value = xml.text();
        if (name != null
            && !PropertyNames.selfDescribing(name)
            && PropertyNames.identifying(value)) {
          set.add("custom property");
          reporter.text(part, name, HiddenContent.DOCUMENT_PROPERTIES, name + ": " + value.strip());
        }
      }
    }
    found(reporter, part, set);
  }

  private static void found(Reporter reporter, String part, List<String> set) {
    if (set.isEmpty()) {
      return;
    }
    List<String> distinct = set.stream().distinct().toList();
    String names =
        set.size() > distinct.size() && distinct.size() == 1
            ? Sizes.count(set.size()) + " custom properties"
            : String.join(", ", distinct);
    reporter.structure(
        HiddenContent.DOCUMENT_PROPERTIES,
        part,
        null,
        set.size(),
        "document properties set: " + names);
  }
}
