package uk.warden.inspect.format.ooxml;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Part names as zip entry names: no leading slash, forward slashes, relative targets resolved
 * against the folder of the part that holds the relationship.
 */
public final class PartNames {

  private PartNames() {}

  /** The relationships part of {@code part}; the empty name means the package itself. */
  public static String relationshipsOf(String part) {
    if (part.isEmpty()) {
      return "_rels/.rels";
    }
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** The part a {@code .rels} part describes, or null when the name is not a relationships part. */
  public static @Nullable String sourceOf(String relsPart) {
    if (relsPart.equals("_rels/.rels")) {
      return "";
    }
    int marker = relsPart.lastIndexOf("_rels/");
    if (marker < 0 || !relsPart.endsWith(".rels")) {
      return null;
    }
    return relsPart.substring(0, marker)
        + relsPart.substring(marker + "_rels/".length(), relsPart.length() - ".rels".length());
  }

  public static String fileName(String part) {
    return part.substring(part.lastIndexOf('/') + 1);
  }

  public static String normalise(String name) {
    String forward = name.replace('\\', '/');
    while (forward.startsWith("/")) {
      forward = forward.substring(1);
    }
    return forward;
  }

  /** The part an internal target names, seen from {@code sourcePart}. */
  public static String resolve(String sourcePart, String target) {
    String decoded = decode(target);
    int fragment = decoded.indexOf('#');
    if (fragment >= 0) {
      decoded = decoded.substring(0, fragment);
    }
    String path;
    if (decoded.startsWith("/")) {
      path = decoded;
    } else {
      int slash = sourcePart.lastIndexOf('/');
      path = (slash >= 0 ? sourcePart.substring(0, slash + 1) : "") + decoded;
    }
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.replace('\\', '/').split("/")) {
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

  private static String decode(String target) {
    if (target.indexOf('%') < 0) {
      return target;
    }
    try {
      return URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return target;
    }
  }
}
