package uk.warden.core.access.ingest;

import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Says why Jackson refused a line, in words for whoever exported the log. Jackson's own messages
 * name its options and classes and can quote the text they choked on (personal data, in a log), so
 * each is matched to a reason of ours by a phrase Jackson uses; tests pin every phrase, so a
 * Jackson upgrade that rewords one fails the build rather than the user.
 */
final class JsonReasons {

  /** First match wins: the hex-digit phrase also mentions a character escape. */
  private static final List<Map.Entry<String, String>> SYNTAX =
      List.of(
          Map.entry(
              "double-quote to start property name", "expected a field name in double quotes"),
          Map.entry("colon to separate", "expected ':' after a field name"),
          Map.entry("comma to separate Object", "expected ',' or '}' after a value"),
          Map.entry("comma to separate Array", "expected ',' or ']' in a list"),
          Map.entry("hex-digit", "a \\u escape needs four hex digits"),
          Map.entry("character escape", "unknown escape in text"),
          Map.entry("CTRL-CHAR", "a control character inside text must be escaped"),
          Map.entry("Leading zeroes", "a number may not start with a needless zero"),
          Map.entry("Decimal point", "a number needs digits after its decimal point"),
          Map.entry("Exponent indicator", "a number needs digits in its exponent"),
          Map.entry("minus sign", "not a number"),
          Map.entry("valid value", "expected a value"),
          Map.entry("token", "expected a value"));

  private static final List<Map.Entry<String, String>> LIMITS =
      List.of(
          Map.entry("Number", "a number is longer than " + JsonLine.MAX_NUMBER_CHARS + " digits"),
          Map.entry(
              "Name", "a field name is longer than " + JsonLine.MAX_NAME_CHARS + " characters"),
          Map.entry("String", "a text is longer than " + JsonLine.MAX_STRING_CHARS + " characters"),
          Map.entry("nesting", "values are nested too deeply: flatten the event's fields"));

  private JsonReasons() {}

  static String limit(StreamConstraintsException e) {
    return match(LIMITS, e, "the line is larger than Warden reads");
  }

  static String syntax(JacksonException e, JsonParser parser, boolean endOfInput) {
    boolean inList = parser.streamReadContext().inArray();
    if (endOfInput) {
      if (e instanceof UnexpectedEndOfInputException end
          && (end.getTokenBeingDecoded() == JsonToken.VALUE_STRING
              || end.getTokenBeingDecoded() == JsonToken.PROPERTY_NAME)) {
        return "text is not closed: a '\"' is missing";
      }
      if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
        return "the line ends where a value was expected";
      }
      return inList
          ? "the line ends inside a list: expected ',' or ']'"
          : "the line ends inside the object: expected ',' or '}'";
    }
    String message = e.getOriginalMessage();
    if (message != null && message.contains("close marker")) {
      return inList ? "expected ',' or ']' in a list" : "expected ',' or '}' after a value";
    }
    return match(SYNTAX, e, "not a JSON value");
  }

  private static String match(
      List<Map.Entry<String, String>> reasons, JacksonException e, String otherwise) {
    String message = e.getOriginalMessage();
    if (message != null) {
      for (Map.Entry<String, String> reason : reasons) {
        if (message.contains(reason.getKey())) {
          return reason.getValue();
        }
      }
    }
    return otherwise;
  }
}
