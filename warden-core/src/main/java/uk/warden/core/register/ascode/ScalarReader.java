package uk.warden.core.register.ascode;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.Marking;
import uk.warden.core.register.RegisterCodes;

/**
 * Converts one YAML scalar to a typed value, or reports why it cannot and returns null. Values are
 * quoted in reasons only when they are codes, keys or keywords, never free text, so a problem
 * cannot carry personal data.
 */
final class ScalarReader {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  // YAML 1.1 would read 012 as octal and 1:20 as base 60; a register count is plain decimal.
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
  private static final int SHOWN_CHARS = 40;

  private final Problems problems;

  ScalarReader(Problems problems) {
    this.problems = problems;
  }

  @Nullable String code(ScalarNode node, String path, String what) {
    try {
      RegisterCodes.requireValid(node.getValue(), what);
      return node.getValue();
    } catch (IllegalArgumentException e) {
      problems.add(node, path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  static boolean isValidCode(String text) {
    try {
      RegisterCodes.requireValid(text, "register");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Nullable LocalDate date(ScalarNode node, String path) {
    String text = node.getValue();
    if (!ISO_DATE.matcher(text).matches()) {
      problems.add(node, path, "'" + shown(text) + "' is not an ISO date (YYYY-MM-DD)");
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      problems.add(node, path, "'" + text + "' is not a real date");
      return null;
    }
  }

  @Nullable Long whole(ScalarNode node, String path, long max) {
    String text = node.getValue();
    if (!node.getTag().equals(Tag.INT) || !DECIMAL.matcher(text).matches()) {
      problems.add(node, path, "must be a whole number, written in decimal without quotes");
      return null;
    }
    long value;
    try {
      value = Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      problems.add(node, path, "is too large (at most " + max + ")");
      return null;
    }
    if (value < 0) {
      problems.add(node, path, "must not be negative");
      return null;
    }
    if (value > max) {
      problems.add(node, path, "is too large (at most " + max + ")");
      return null;
    }
    return value;
  }

  @Nullable Boolean bool(ScalarNode node, String path) {
    if (!node.getTag().equals(Tag.BOOL)) {
      problems.add(node, path, "must be true or false");
      return null;
    }
    String text = node.getValue().toLowerCase(Locale.ROOT);
    return text.equals("true") || text.equals("yes") || text.equals("on");
  }

  <E extends Enum<E>> @Nullable E choice(ScalarNode node, String path, Class<E> type) {
    E constant = constant(node.getValue(), type);
    if (constant == null) {
      problems.add(node, path, unknownValue(node.getValue(), names(type.getEnumConstants())));
    }
    return constant;
  }

  /** An enum constant by name, forgiving case and '-' or ' ' for '_' ({@code sub-processor}). */
  static <E extends Enum<E>> @Nullable E constant(String text, Class<E> type) {
    String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(key)) {
        return constant;
      }
    }
    return null;
  }

  @Nullable ClearanceLevel clearance(ScalarNode node, String path) {
    Optional<ClearanceLevel> level = ClearanceLevel.parse(node.getValue());
    if (level.isEmpty()) {
      problems.add(node, path, unknownValue(node.getValue(), names(ClearanceLevel.values())));
    }
    return level.orElse(null);
  }

  @Nullable Marking marking(ScalarNode node, String path) {
    Optional<Marking> marking = Marking.parse(node.getValue());
    if (marking.isEmpty()) {
      problems.add(
          node,
          path,
          "unknown marking '"
              + shown(node.getValue())
              + "'; allowed: OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET, or a legacy marking"
              + " (NOT PROTECTIVELY MARKED, PROTECT, RESTRICTED, CONFIDENTIAL)");
    }
    return marking.orElse(null);
  }

  @Nullable String category(ScalarNode node, String path) {
    String key = node.getValue();
    if (!DataTaxonomy.standard().unknown(List.of(key)).isEmpty()) {
      problems.add(
          node,
          path,
          "unknown data category '"
              + shown(key)
              + "'; use a key of the data-category taxonomy (version "
              + DataTaxonomy.standard().version()
              + "), such as user.name");
      return null;
    }
    return key;
  }

  static String unknownValue(String value, String allowed) {
    return "unknown value '" + shown(value) + "'; allowed: " + allowed;
  }

  /** Shortened so a stray paste cannot flood a message. */
  static String shown(String value) {
    String line = value.replace('\n', ' ');
    return line.length() <= SHOWN_CHARS ? line : line.substring(0, SHOWN_CHARS) + "...";
  }

  private static String names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
  }
}
