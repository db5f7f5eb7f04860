package uk.warden.watch.manifest;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * The lines of one manifest file as they are read: entries with the line each came from, and every
 * problem. Problems name the line and field but never quote a path, which may hold a name.
 */
final class ManifestLines {

  private final String source;
  private final List<InputProblem> problems = new ArrayList<>();
  private final List<ManifestEntry> entries = new ArrayList<>();
  private int[] lineOf = new int[1024];
  private boolean ordered = true;
  private int line;

  ManifestLines(String source) {
    this.source = source;
  }

  void readAll(BufferedReader reader) throws IOException {
    String header = reader.readLine();
    line = 1;
    if (header == null) {
      problems.add(InputProblem.file(source, "is empty; expected the header " + shownHeader()));
      return;
    }
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    if (!header.equals(ManifestFile.HEADER)) {
      problems.add(InputProblem.line(source, 1, null, "expected the header " + shownHeader()));
      return;
    }
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      line++;
      if (problems.size() >= ManifestFile.MAX_PROBLEMS) {
        problems.add(
            InputProblem.line(
                source, line, null, "reading stopped after " + problems.size() + " problems"));
        return;
      }
      if (!text.isEmpty()) {
        entry(text);
      }
    }
  }

  void unreadable(String reason) {
    problems.add(InputProblem.line(source, line == 0 ? null : line + 1, null, reason));
  }

  private void entry(String text) {
    int firstTab = text.indexOf('\t');
    int secondTab = firstTab < 0 ? -1 : text.indexOf('\t', firstTab + 1);
    if (firstTab < 0 || (secondTab >= 0 && text.indexOf('\t', secondTab + 1) >= 0)) {
      problems.add(
          InputProblem.line(
              source, line, null, "expected path, size and sha256, separated by tabs"));
      return;
    }
    int before = problems.size();
    String path = unescape(text.substring(0, firstTab));
    Long size = size(text.substring(firstTab + 1, secondTab < 0 ? text.length() : secondTab));
    String sha256 = secondTab < 0 ? null : sha256(text.substring(secondTab + 1));
    if (problems.size() > before || path == null || size == null) {
      return;
    }
    if (!entries.isEmpty()) {
      int order = entries.get(entries.size() - 1).path().compareTo(path);
      if (order == 0) {
        twice(line, lineOf[entries.size() - 1]);
        return;
      }
      ordered &= order < 0;
    }
    if (entries.size() == lineOf.length) {
      lineOf = Arrays.copyOf(lineOf, lineOf.length * 2);
    }
    lineOf[entries.size()] = line;
    entries.add(new ManifestEntry(path, size, sha256));
  }

  private @Nullable String unescape(String text) {
    if (text.isEmpty()) {
      problems.add(InputProblem.line(source, line, "path", "is empty"));
      return null;
    }
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder path = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        path.append(c);
        continue;
      }
      char next = i + 1 < text.length() ? text.charAt(++i) : '\0';
      switch (next) {
        case '\\' -> path.append('\\');
        case 't' -> path.append('\t');
        case 'n' -> path.append('\n');
        case 'r' -> path.append('\r');
        default -> {
          problems.add(
              InputProblem.line(
                  source,
                  line,
                  "path",
                  "a backslash must start \\\\, \\t, \\n or \\r (write a backslash as \\\\)"));
          return null;
        }
      }
    }
    return path.toString();
  }

  private @Nullable Long size(String text) {
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      problems.add(InputProblem.line(source, line, "size", "must be a whole number of bytes"));
      return null;
    }
    return Long.parseLong(text);
  }

  private @Nullable String sha256(String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() != 64 || !text.chars().allMatch(HexFormat::isHexDigit)) {
      problems.add(
          InputProblem.line(
              source, line, "sha256", "must be 64 hexadecimal digits, or empty when not known"));
      return null;
    }
    return text.toLowerCase(Locale.ROOT);
  }

  private void twice(int at, int first) {
    problems.add(
        InputProblem.line(
            source, at, "path", "the same path is listed twice (first on line " + first + ")"));
  }

  /** The manifest in path order, or every problem found. */
  Manifest manifest() {
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    if (ordered) {
      return new Manifest(entries);
    }
    Integer[] order = new Integer[entries.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Stable, so of two lines with the same path the earlier is "first".
    Arrays.sort(order, (a, b) -> entries.get(a).path().compareTo(entries.get(b).path()));
    List<ManifestEntry> sorted = new ArrayList<>(entries.size());
    int firstOfPath = 0;
    for (int i = 0; i < order.length; i++) {
      ManifestEntry entry = entries.get(order[i]);
      if (i > 0 && entry.path().equals(entries.get(order[firstOfPath]).path())) {
        twice(lineOf[order[i]], lineOf[order[firstOfPath]]);
        continue;
      }
      firstOfPath = i;
      sorted.add(entry);
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new Manifest(sorted);
  }

  private static String shownHeader() {
    return "'path<TAB>size<TAB>sha256'";
  }
}
