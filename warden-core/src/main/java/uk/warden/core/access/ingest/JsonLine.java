package uk.warden.core.access.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A strict reader of one JSON object on one line (RFC 8259), for logs whose events are flat
 * objects: every value is a string, number, boolean, null or an array of those. A nested object is
 * refused with a reason rather than guessed at. Numbers are handed on as their literal text and
 * booleans as {@code "true"} or {@code "false"}, for the event builder to check. Error messages
 * give the column, never the text, because a log line may hold personal data.
 */
final class JsonLine {

  /**
   * Receives each field: the value is a String, a List of Strings, or null for JSON null. The name
   * is {@code line[nameStart, nameEnd)} when written without escapes (so the caller can look it up
   * without a copy: a log repeats the same names on every line), and {@code escapedName} otherwise.
   */
  interface Fields {
    void field(
        String line,
        int nameStart,
        int nameEnd,
        @Nullable String escapedName,
        @Nullable Object value);
  }

  private final String text;
  private final Fields out;
  private int pos;

  private JsonLine(String text, Fields out) {
    this.text = text;
    this.out = out;
  }

  /** For tests and simple callers: each field by its decoded name. */
  interface NamedFields {
    void field(String name, @Nullable Object value);
  }

  static void parse(String line, NamedFields out) {
    parse(
        line,
        (text, start, end, escaped, value) ->
            out.field(escaped != null ? escaped : text.substring(start, end), value));
  }

  static void parse(String line, Fields out) {
    new JsonLine(line, out).object();
  }

  private void object() {
    skipSpace();
    expect('{', "a JSON object must start with '{'");
    skipSpace();
    if (peek() == '}') {
      pos++;
    } else {
      while (true) {
        skipSpace();
        if (peek() != '"') {
          throw error("expected a field name in double quotes");
        }
        int nameStart = pos + 1;
        String escaped = plainName();
        int nameEnd = escaped == null ? pos - 1 : -1;
        skipSpace();
        expect(':', "expected ':' after a field name");
        skipSpace();
        out.field(text, nameStart, nameEnd, escaped, value());
        skipSpace();
        char next = peek();
        pos++;
        if (next == '}') {
          break;
        }
        if (next != ',') {
          pos--;
          throw error("expected ',' or '}' after a value");
        }
      }
    }
    skipSpace();
    if (pos < text.length()) {
      throw error("text after the end of the object: one event per line");
    }
  }

  private @Nullable Object value() {
    char c = peek();
    switch (c) {
      case '"':
        return string();
      case '[':
        return array();
      case '{':
        throw error("nested objects are not supported: flatten the event's fields");
      case 't':
        literal("true");
        return "true";
      case 'f':
        literal("false");
        return "false";
      case 'n':
        literal("null");
        return null;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error(c == 0 ? "the line ends where a value was expected" : "expected a value");
    }
  }

  private List<String> array() {
    pos++;
    List<String> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return items;
    }
    while (true) {
      skipSpace();
      char c = peek();
      if (c == '[' || c == '{') {
        throw error("lists may hold only text, numbers and booleans");
      }
      Object item = value();
      if (item != null) {
        items.add((String) item);
      }
      skipSpace();
      char next = peek();
      pos++;
      if (next == ']') {
        return items;
      }
      if (next != ',') {
        pos--;
        throw error("expected ',' or ']' in a list");
      }
    }
  }

  /** Skips a name written without escapes and returns null, or decodes one that has them. */
  private @Nullable String plainName() {
    int start = pos + 1;
    int at = start;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '"') {
        pos = at + 1;
        return null;
      }
      if (c == '\\' || c < 0x20) {
        break;
      }
      at++;
    }
    return string();
  }

  private String string() {
    pos++;
    int start = pos;
    // Fast path: no escapes, the common case in machine-written logs.
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '"') {
        return text.substring(start, pos++);
      }
      if (c == '\\') {
        break;
      }
      if (c < 0x20) {
        throw error("a control character inside text must be escaped");
      }
      pos++;
    }
    StringBuilder value = new StringBuilder(text.length() - start);
    value.append(text, start, pos);
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return value.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error("a control character inside text must be escaped");
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escaped = pos < text.length() ? text.charAt(pos++) : 0;
      switch (escaped) {
        case '"', '\\', '/' -> value.append(escaped);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> value.append(unicode(value));
        default -> {
          pos--;
          throw error("unknown escape in text");
        }
      }
    }
    throw error("text is not closed: a '\"' is missing");
  }

  /** A \\u escape; a surrogate must come as a high and low pair. */
  private char unicode(StringBuilder value) {
    char c = hex4();
    if (Character.isLowSurrogate(c)
        && (value.length() == 0 || !Character.isHighSurrogate(value.charAt(value.length() - 1)))) {
      throw error("a \\u escape gives half a character (a lone low surrogate)");
    }
    if (Character.isHighSurrogate(c)) {
      if (!text.startsWith("\\u", pos)) {
        throw error("a \\u escape gives half a character (a lone high surrogate)");
      }
      pos += 2;
      char low = hex4();
      if (!Character.isLowSurrogate(low)) {
        throw error("a \\u escape gives half a character (a lone high surrogate)");
      }
      value.append(c);
      return low;
    }
    return c;
  }

  private char hex4() {
    if (pos + 4 > text.length()) {
      throw error("a \\u escape needs four hex digits");
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(pos + i), 16);
      if (digit < 0) {
        throw error("a \\u escape needs four hex digits");
      }
      code = code * 16 + digit;
    }
    pos += 4;
    return (char) code;
  }

  private String number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (digits() == 0) {
      throw error("not a number");
    }
    if (peek() == '.') {
      pos++;
      if (digits() == 0) {
        throw error("a number needs digits after its decimal point");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (digits() == 0) {
        throw error("a number needs digits in its exponent");
      }
    }
    return text.substring(start, pos);
  }

  private int digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return pos - start;
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw error("expected a value");
    }
    pos += word.length();
  }

  private void expect(char c, String reason) {
    if (peek() != c) {
      throw error(reason);
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return;
      }
      pos++;
    }
  }

  private LineError error(String reason) {
    return new LineError("not valid JSON at column " + (pos + 1) + ": " + reason);
  }
}
