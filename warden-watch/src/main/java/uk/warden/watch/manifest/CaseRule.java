package uk.warden.watch.manifest;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which case (investigation, incident, job) an object belongs to, from its path: by default the
 * first folder, as evidence stores usually file by case; or the one group of a pattern, for stores
 * that keep the case reference in the file name: {@code ([0-9]{2}-[0-9]{5}-[0-9]{2})} finds {@code
 * 23-12345-01} in {@code bwv/2023-07-14/BWV_23-12345-01_0931.mp4}.
 */
public final class CaseRule {

  /** The case of a path the rule does not match, or of a file lying in the root. */
  public static final String NO_CASE = "(no case)";

  private final @Nullable Pattern pattern;

  private CaseRule(@Nullable Pattern pattern) {
    this.pattern = pattern;
  }

  /** The first folder of the path; a file directly in the root has {@link #NO_CASE}. */
  public static CaseRule firstFolder() {
    return new CaseRule(null);
  }

  /**
   * The first match's one group, searched anywhere in the path.
   *
   * @throws IllegalArgumentException when the pattern does not have exactly one group
   */
  public static CaseRule pattern(Pattern pattern) {
    Objects.requireNonNull(pattern, "pattern");
    int groups = pattern.matcher("").groupCount();
    if (groups != 1) {
      throw new IllegalArgumentException(
          "a case pattern has exactly one group, (...), around the case reference; this one has "
              + groups);
    }
    return new CaseRule(pattern);
  }

  public String caseOf(String path) {
    if (pattern == null) {
      int slash = path.indexOf('/');
      return slash > 0 ? path.substring(0, slash) : NO_CASE;
    }
    Matcher matcher = pattern.matcher(path);
    if (!matcher.find()) {
      return NO_CASE;
    }
    String found = matcher.group(1);
    return found == null || found.isEmpty() ? NO_CASE : found;
  }

  /** {@code first folder} or {@code pattern ...}, for reports. */
  @Override
  public String toString() {
    return pattern == null ? "first folder" : "pattern " + pattern.pattern();
  }
}
