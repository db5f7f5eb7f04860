package uk.warden.inspect.format.sheet;

import java.io.Closeable;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an OOXML package and the relationships between them, read from the zip with the
 * hardened parser. Part names are zip entry names (no leading slash), as locations show them.
 */
final class OoxmlPackage implements Closeable {

  private final ZipArchive zip;
  private final Map<String, List<Relationship>> relationships = new HashMap<>();
  private final Map<String, String> overrides = new HashMap<>();
  private final Map<String, String> defaults = new HashMap<>();

  OoxmlPackage(ZipArchive zip) {
    this.zip = zip;
    String contentTypes = zip.find("[Content_Types].xml");
    if (contentTypes == null) {
      throw new Refusal("the file is not an Office package: [Content_Types].xml is missing");
    }
    try (XmlPart xml = XmlPart.open(zip, contentTypes)) {
      while (xml.nextStart()) {
        if (xml.is("Override")) {
          String part = xml.attr("PartName");
          String type = xml.attr("ContentType");
          if (part != null && type != null) {
            overrides.put(normalise(part).toLowerCase(Locale.ROOT), type);
          }
        } else if (xml.is("Default")) {
          String extension = xml.attr("Extension");
          String type = xml.attr("ContentType");
          if (extension != null && type != null) {
            defaults.put(extension.toLowerCase(Locale.ROOT), type);
          }
        }
      }
    }
  }

  ZipArchive zip() {
    return zip;
  }

  boolean has(String partName) {
    return zip.has(partName);
  }

  /** The stored entry name for a part, or null when the package does not hold it. */
  @Nullable String find(String partName) {
    return zip.find(partName);
  }

  XmlPart xml(String partName) {
    return XmlPart.open(zip, partName);
  }

  /** The content type of a part: its override, else the default for its extension. */
  @Nullable String contentType(String partName) {
    String type = overrides.get(normalise(partName).toLowerCase(Locale.ROOT));
    if (type != null) {
      return type;
    }
    int dot = partName.lastIndexOf('.');
    return dot < 0 ? null : defaults.get(partName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Part names (as given, with any leading slash) whose override content type is {@code type}. */
  List<String> overridesOfType(String type) {
    List<String> parts = new ArrayList<>();
    overrides.forEach(
        (part, partType) -> {
          if (partType.equals(type)) {
            parts.add(part);
          }
        });
    return parts;
  }

  /** Part names whose override content type is {@code type}. */
  List<String> partsOfType(String type) {
    List<String> parts = new ArrayList<>();
    overrides.forEach(
        (part, partType) -> {
          if (partType.equals(type)) {
            String found = zip.find(part);
            if (found != null) {
              parts.add(found);
            }
          }
        });
    parts.sort(null);
    return parts;
  }

  /** The relationships of a part ("" for the package itself), targets resolved. */
  List<Relationship> relationships(String partName) {
    return relationships.computeIfAbsent(partName, this::readRelationships);
  }

  /** The first relationship of a part with the given type suffix, or null. */
  @Nullable Relationship first(String partName, String typeSuffix) {
    for (Relationship relationship : relationships(partName)) {
      if (relationship.is(typeSuffix)) {
        return relationship;
      }
    }
    return null;
  }

  private List<Relationship> readRelationships(String partName) {
    String relsName = relationshipsPart(partName);
    String stored = zip.find(relsName);
    List<Relationship> found = new ArrayList<>();
    if (stored == null) {
      return found;
    }
    try (XmlPart xml = XmlPart.open(zip, stored)) {
      while (xml.nextStart()) {
        if (!xml.is("Relationship")) {
          continue;
        }
        String id = xml.attr("Id");
        String type = xml.attr("Type");
        String target = xml.attr("Target");
        if (id == null || type == null || target == null) {
          continue;
        }
        boolean external = "External".equalsIgnoreCase(xml.attr("TargetMode"));
        found.add(
            new Relationship(
                id, type, external ? target : resolve(partName, target), external, target));
      }
    }
    return found;
  }

  static String relationshipsPart(String partName) {
    int slash = partName.lastIndexOf('/');
    return partName.substring(0, slash + 1) + "_rels/" + partName.substring(slash + 1) + ".rels";
  }

  /** Resolves a relative target against the folder of its source part. */
  String resolve(String sourcePart, String target) {
    String path;
    if (target.startsWith("/")) {
      path = target.substring(1);
    } else {
      int slash = sourcePart.lastIndexOf('/');
      path = sourcePart.substring(0, slash + 1) + target;
    }
    String normal = normalise(path);
    if (zip.find(normal) == null && normal.indexOf('%') >= 0) {
      try {
        String decoded = URLDecoder.decode(normal.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (zip.find(decoded) != null) {
          return zip.find(decoded);
        }
      } catch (IllegalArgumentException ignored) {
        // not percent-encoded after all
      }
    }
    String stored = zip.find(normal);
    return stored != null ? stored : normal;
  }

  private static String normalise(String path) {
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        segments.pollLast();
      } else {
        segments.addLast(segment);
      }
    }
    return String.join("/", segments);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
