package uk.warden.inspect.format.ooxml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;

/**
 * Core, extended and custom properties, judged as a data protection officer would: who wrote and
 * last saved the document, their company and manager, free-text descriptions and every custom
 * property are findings; the generator's name, dates, counts and statistics are not. Every value
 * goes to the sink as hidden text so the detectors see it; the structure names only the keys.
 */
final class DocumentProperties {

  /** Core properties that name people or describe the content in free text. */
  private static final Set<String> CORE_KEYS =
      Set.of(
          "creator",
          "lastModifiedBy",
          "title",
          "subject",
          "description",
          "keywords",
          "category",
          "contentStatus");

  private static final Set<String> PEOPLE_KEYS = Set.of("creator", "lastModifiedBy", "Manager");

  /** Extended properties that say who, for whom or where. */
  private static final Set<String> APP_KEYS = Set.of("Company", "Manager", "HyperlinkBase");

  /**
   * Author values that generators and unconfigured installs write: they name no one. Tools that
   * build documents in code (as the tests here do) leave their own name as the creator.
   */
  private static final Set<String> PLACEHOLDER_PEOPLE =
      Set.of(
          "apache poi",
          "python-docx",
          "openpyxl",
          "unknown",
          "unknown author",
          "author",
          "microsoft office user",
          "windows user");

  private static final int MAX_VALUE_CHARS = 10_000;
  private static final int MAX_KEYS_NAMED = 8;

  private DocumentProperties() {}

  static void report(OoxmlPackage pkg, Location base, ContentSink sink)
      throws IOException, XMLStreamException {
    String core = partOr(pkg, "core-properties", "docProps/core.xml");
    if (core != null) {
      Map<String, String> shown = new LinkedHashMap<>();
      Map<String, String> findings = new LinkedHashMap<>();
      leafValues(pkg, core, 2)
          .forEach(
              (key, value) -> {
                if (CORE_KEYS.contains(key)) {
                  shown.put(key, value);
                  if (!placeholder(key, value)) {
                    findings.put(key, value);
                  }
                }
              });
      emit(base.part(core), "core properties", shown, findings, sink);
    }
    String app = partOr(pkg, "extended-properties", "docProps/app.xml");
    if (app != null) {
      Map<String, String> values = leafValues(pkg, app, 2);
      Map<String, String> findings = new LinkedHashMap<>();
      values.forEach(
          (key, value) -> {
            if (APP_KEYS.contains(key) || key.equals("Template") && isPath(value)) {
              findings.put(key, value);
            }
          });
      emit(base.part(app), "extended properties", findings, findings, sink);
    }
    String custom = partOr(pkg, "custom-properties", "docProps/custom.xml");
    if (custom != null) {
      Map<String, String> values = customValues(pkg, custom);
      emit(base.part(custom), "custom properties", values, values, sink);
    }
  }

  private static void emit(
      Location at,
      String what,
      Map<String, String> values,
      Map<String, String> findings,
      ContentSink sink) {
    values.forEach(
        (key, value) -> sink.text(at.range(key), HiddenContent.DOCUMENT_PROPERTIES, value));
    if (findings.isEmpty()) {
      return;
    }
    List<String> keys = new ArrayList<>(findings.keySet());
    String named =
        keys.size() <= MAX_KEYS_NAMED
            ? String.join(", ", keys.stream().map(DocumentProperties::shortKey).toList())
            : String.join(
                    ", ",
                    keys.subList(0, MAX_KEYS_NAMED).stream()
                        .map(DocumentProperties::shortKey)
                        .toList())
                + " and "
                + (keys.size() - MAX_KEYS_NAMED)
                + " more";
    boolean people = keys.stream().anyMatch(PEOPLE_KEYS::contains);
    sink.structure(
        HiddenContent.DOCUMENT_PROPERTIES,
        at,
        keys.size(),
        what + " hold " + named + (people ? " (naming people)" : ""));
  }

  private static String shortKey(String key) {
    return key.length() <= 40 ? key : key.substring(0, 40) + "…";
  }

  private static boolean placeholder(String key, String value) {
    return PEOPLE_KEYS.contains(key)
        && PLACEHOLDER_PEOPLE.contains(value.trim().toLowerCase(Locale.ROOT));
  }

  /** A template named with a folder gives away a user's folders; "Normal.dotm" alone does not. */
  private static boolean isPath(String value) {
    return value.indexOf('\\') >= 0 || value.indexOf('/') >= 0;
  }

  private static @Nullable String partOr(OoxmlPackage pkg, String kind, String usual)
      throws IOException, XMLStreamException {
    String part = pkg.target("", kind);
    if (part != null) {
      return part;
    }
    return pkg.has(usual) ? pkg.spelling(usual) : null;
  }

  /** Non-blank text of the elements at {@code depth} (the root is 1), by local name. */
  private static Map<String, String> leafValues(OoxmlPackage pkg, String part, int depth)
      throws IOException, XMLStreamException {
    Map<String, String> values = new LinkedHashMap<>();
    XMLStreamReader reader = pkg.xml(part);
    try {
      int level = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          level++;
          if (level == depth) {
            String key = reader.getLocalName();
            String value = SafeXml.text(reader, MAX_VALUE_CHARS).trim();
            level--;
            if (!value.isEmpty()) {
              values.merge(key, value, (a, b) -> a + "; " + b);
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          level--;
        }
      }
    } finally {
      reader.close();
    }
    return values;
  }

  private static Map<String, String> customValues(OoxmlPackage pkg, String part)
      throws IOException, XMLStreamException {
    Map<String, String> values = new LinkedHashMap<>();
    XMLStreamReader reader = pkg.xml(part);
    try {
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT
            && reader.getLocalName().equals("property")) {
          String name = SafeXml.attribute(reader, "name");
          String value = SafeXml.text(reader, MAX_VALUE_CHARS).trim();
          if (name != null && !value.isEmpty()) {
            values.put(name, value);
          }
        }
      }
    } finally {
      reader.close();
    }
    return values;
  }
}
