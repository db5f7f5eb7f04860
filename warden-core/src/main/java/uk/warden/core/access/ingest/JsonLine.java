package uk.warden.core.access.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one JSON object on one line with Jackson's streaming parser, for logs whose events are flat
 * objects: every value is a string, number, boolean, null or an array of those. A nested object is
 * refused with a reason rather than guessed at. Numbers are handed on as their literal text and
 * booleans as {@code "true"} or {@code "false"}, for the event builder to check.
 *
 * <p>Error messages give the column and a reason of our own ({@link JsonReasons}), never Jackson's
 * message as it stands: that can quote the text it choked on, and a log line may hold personal
 * data.
 */
final class JsonLine {

  /** Receives each field: the value is a String, a List of Strings, or null for JSON null. */
  interface Fields {
    void field(String name, @Nullable Object value);
  }

  // A flat event needs depth 2 (the object and a list in it); the checks below refuse a third
  // level with a clearer reason, so this only backs them up.
  static final int MAX_DEPTH = 3;
  // Longer than any count or time a log gives, far below Jackson's default of 1000.
  static final int MAX_NUMBER_CHARS = 64;
  // Field names in real logs are words; this bounds a hostile one without refusing a verbose log.
  static final int MAX_NAME_CHARS = 1024;
  // A value, or the whole line, cannot be longer than the reader's line limit; these bound a
  // caller that hands in more. The event builder bounds the fields it keeps far more tightly.
  static final int MAX_STRING_CHARS = AccessLogReader.MAX_LINE_CHARS;

  /**
   * One factory for every line: it holds the shared name table (so each log's field names are
   * decoded once and then handed out as the same String) and the buffer pool.
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxNumberLength(MAX_NUMBER_CHARS)
                  .maxNameLength(MAX_NAME_CHARS)
                  .maxStringLength(MAX_STRING_CHARS)
                  .maxDocumentLength(MAX_STRING_CHARS + 2L)
                  .build())
          // Jackson's messages are not shown, but keep them from quoting the line all the same.
          .errorReportConfiguration(
              ErrorReportConfiguration.builder()
                  .maxErrorTokenLength(0)
                  .maxRawContentLength(0)
                  .build())
          .build();

  private JsonLine() {}

  static void parse(String line, Fields out) {
    // Checked here because Jackson reads any value at the top, and quotes a bad one in its message.
    int start = skipSpace(line, 0);
    if (start == line.length() || line.charAt(start) != '{') {
      throw error(start, "a JSON object must start with '{'");
    }
    JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), line);
    try {
      parser.nextToken();
      String name;
      while ((name = parser.nextName()) != null) {
        requireWhole(parser, name);
        out.field(name, value(parser, parser.nextToken()));
      }
      int end = skipSpace(line, (int) parser.currentLocation().getCharOffset());
      if (end < line.length()) {
        throw error(end, "text after the end of the object: one event per line");
      }
    } catch (StreamConstraintsException e) {
      throw error(offset(parser.currentLocation()), JsonReasons.limit(e));
    } catch (JacksonException e) {
      throw error(offset(e.getLocation()), JsonReasons.syntax(e, parser, endOfInput(e)));
    } finally {
      // Closing hands the names this line added back to the factory's shared table.
      parser.close();
    }
  }

  private static @Nullable Object value(JsonParser parser, @Nullable JsonToken token) {
    if (token == JsonToken.START_OBJECT) {
      throw error(at(parser), "nested objects are not supported: flatten the event's fields");
    }
    if (token != JsonToken.START_ARRAY) {
      return scalar(parser, token);
    }
    List<String> items = new ArrayList<>();
    for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; ) {
      if (item == JsonToken.START_ARRAY || item == JsonToken.START_OBJECT) {
        throw error(at(parser), "lists may hold only text, numbers and booleans");
      }
      String text = scalar(parser, item);
      if (text != null) {
        items.add(text);
      }
      item = parser.nextToken();
    }
    return items;
  }

  /** A scalar's text: a number's as written, so the event builder sees exactly what the log has. */
  private static @Nullable String scalar(JsonParser parser, @Nullable JsonToken token) {
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    String text = parser.getString();
    if (token == JsonToken.VALUE_STRING) {
      requireWhole(parser, text);
    }
    return text;
  }

  /**
   * Refuses a lone surrogate. The file was decoded as strict UTF-8, so one can only come from a
   * {@code \\u} escape; Jackson passes it on, but it is not a character and would not survive being
   * written as UTF-8 again (the fingerprint and the store would disagree with the log).
   */
  private static void requireWhole(JsonParser parser, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      throw error(
          at(parser),
          "a \\u escape gives half a character (a lone "
              + (Character.isHighSurrogate(c) ? "high" : "low")
              + " surrogate)");
    }
  }

  private static boolean endOfInput(JacksonException e) {
    // Jackson reports some ends of input (inside a list) without the dedicated exception type.
    String message = e.getOriginalMessage();
    return e instanceof UnexpectedEndOfInputException
        || (message != null && message.contains("end-of-input"));
  }

  private static int at(JsonParser parser) {
    return offset(parser.currentTokenLocation());
  }

  /** The offset in the line: Jackson's columns restart after a bare CR, which JSON allows. */
  private static int offset(@Nullable TokenStreamLocation location) {
    return location == null ? 0 : (int) Math.max(0, location.getCharOffset());
  }

  private static int skipSpace(String line, int from) {
    int pos = from;
    while (pos < line.length()) {
      char c = line.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        break;
      }
      pos++;
    }
    return pos;
  }

  private static LineError error(int offset, String reason) {
    return new LineError("not valid JSON at column " + (offset + 1) + ": " + reason);
  }
}
