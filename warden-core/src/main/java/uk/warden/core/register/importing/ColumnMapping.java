package uk.warden.core.register.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * Tells the import which of a file's headers holds which Warden field, for extracts whose headers
 * Warden would not recognise ({@code Staff No} for {@code pay_number}). Written as YAML or as plain
 * {@code field: Header Text} lines:
 *
 * <pre>
 * pay_number: Staff No
 * surname: Last name
 * </pre>
 *
 * <p>Fields the mapping leaves out are still matched by their own names.
 */
public final class ColumnMapping {

  /** A mapping is a handful of lines; anything far bigger is not one. */
  private static final int MAX_BYTES = 64 * 1024;

  private final Map<PersonField, String> headers;

  private ColumnMapping(Map<PersonField, String> headers) {
    this.headers = Collections.unmodifiableMap(new EnumMap<>(headers));
  }

  /**
   * Reads a mapping file.
   *
   * @throws BadInputException listing every unknown field name or unreadable line
   */
  public static ColumnMapping read(String sourceName, InputStream in) {
    String text;
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new BadInputException(
            InputProblem.file(sourceName, "too big for a column mapping (over 64 KB)"));
      }
      text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    } catch (IOException e) {
      throw new BadInputException(
          InputProblem.file(sourceName, "cannot read the mapping: " + e.getMessage()));
    }
    Map<PersonField, String> headers = new EnumMap<>(PersonField.class);
    ProblemLog problems = new ProblemLog(sourceName);
    Map<String, Entry> entries = parseYaml(text).orElseGet(() -> parseLines(text, problems));
    entries.forEach((key, entry) -> add(key, entry, headers, problems));
    if (problems.isEmpty() && headers.isEmpty()) {
      problems.file("the mapping is empty: write lines such as 'pay_number: Staff No'");
    }
    problems.throwIfAny();
    return new ColumnMapping(headers);
  }

  /** The Warden field names this mapping sets, each with the header text it points at. */
  public Map<String, String> asMap() {
    Map<String, String> out = new LinkedHashMap<>();
    headers.forEach((field, header) -> out.put(field.fieldName(), header));
    return Collections.unmodifiableMap(out);
  }

  boolean maps(PersonField field) {
    return headers.containsKey(field);
  }

  Optional<String> headerFor(PersonField field) {
    return Optional.ofNullable(headers.get(field));
  }

  /** The field whose mapped header this is, ignoring case, spaces, underscores and hyphens. */
  Optional<PersonField> fieldFor(String headerText) {
    String key = PersonField.normalise(headerText);
    return headers.entrySet().stream()
        .filter(e -> PersonField.normalise(e.getValue()).equals(key))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** A mapping line: the header text (null if missing) and its line number if known. */
  private record Entry(@Nullable String header, int line) {}

  private static void add(
      String key, Entry entry, Map<PersonField, String> headers, ProblemLog problems) {
    Optional<PersonField> field = PersonField.named(key);
    if (field.isEmpty()) {
      problem(problems, entry, key, "unknown Warden field: use " + knownFields());
      return;
    }
    String header = entry.header() == null ? "" : entry.header().trim();
    if (header.isEmpty()) {
      problem(problems, entry, key, "no header text: write '" + key + ": Header Text'");
      return;
    }
    for (Map.Entry<PersonField, String> other : headers.entrySet()) {
      if (PersonField.normalise(other.getValue()).equals(PersonField.normalise(header))) {
        problem(
            problems,
            entry,
            key,
            "column '" + header + "' is already mapped to " + other.getKey().fieldName());
        return;
      }
    }
    if (headers.putIfAbsent(field.get(), header) != null) {
      problem(problems, entry, key, "mapped twice");
    }
  }

  private static void problem(ProblemLog problems, Entry entry, String key, String reason) {
    if (entry.line() > 0) {
      problems.at(entry.line(), key, reason);
    } else {
      problems.field(key, reason);
    }
  }

  /**
   * YAML first, so quoting works ({@code surname: "Name: family"}); empty if the text is not a flat
   * YAML mapping, in which case the plain-lines reading gets its chance.
   */
  private static Optional<Map<String, Entry>> parseYaml(String text) {
    Object root;
    try {
      // Duplicate keys fail here so the line reading below can name the line mapped twice.
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(new SafeConstructor(options)).load(text);
    } catch (YAMLException e) {
      return Optional.empty();
    }
    if (!(root instanceof Map<?, ?> map)
        || map.values().stream().anyMatch(v -> v instanceof Map || v instanceof Iterable)) {
      return Optional.empty();
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    map.forEach(
        (k, v) ->
            entries.put(String.valueOf(k), new Entry(v == null ? null : String.valueOf(v), 0)));
    return Optional.of(entries);
  }

  /** {@code field: Header Text} per line; the header may itself contain colons. */
  private static Map<String, Entry> parseLines(String text, ProblemLog problems) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        problems.at(i + 1, null, "expected 'field: Header Text'");
        continue;
      }
      String key = line.substring(0, colon).trim();
      if (entries.containsKey(key)) {
        problems.at(i + 1, key, "mapped twice");
        continue;
      }
      entries.put(key, new Entry(line.substring(colon + 1), i + 1));
    }
    return entries;
  }

  private static String knownFields() {
    StringBuilder names = new StringBuilder();
    for (PersonField field : PersonField.values()) {
      names.append(names.isEmpty() ? "" : ", ").append(field.fieldName());
    }
    return names.toString();
  }
}
