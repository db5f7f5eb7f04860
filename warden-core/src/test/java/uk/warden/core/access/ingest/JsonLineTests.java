package uk.warden.core.access.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLineTests {

  private static Map<String, Object> parse(String line) {
    Map<String, Object> fields = new LinkedHashMap<>();
    JsonLine.parse(line, fields::put);
    return fields;
  }

  @Test
  void readsAFlatObject() {
    Map<String, Object> fields =
        parse(
            " { \"at\" : \"2025-03-31T14:05:00Z\", \"records\": 12, \"ok\": true, \"no\": false,"
                + " \"gone\": null, \"to\": [\"cps\", 7, null], \"e\": -1.5e3, \"empty\": [] } ");

    assertThat(fields)
        .containsEntry("at", "2025-03-31T14:05:00Z")
        .containsEntry("records", "12")
        .containsEntry("ok", "true")
        .containsEntry("no", "false")
        .containsEntry("gone", null)
        .containsEntry("to", List.of("cps", "7"))
        .containsEntry("e", "-1.5e3")
        .containsEntry("empty", List.of());
    assertThat(parse("{}")).isEmpty();
  }

  @Test
  void decodesEscapesAndSurrogatePairs() {
    assertThat(parse("{\"a\":\"q\\\"b\\\\s\\/n\\n\\t\\u00e9\\ud83d\\ude00\"}"))
        .containsEntry("a", "q\"b\\s/n\n\té\uD83D\uDE00");
    assertThat(parse("{\"caf\\u00e9\":\"x\"}")).containsKey("café");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'[1]'|a JSON object must start with '{'",
        "'{\"a\":1'|expected ',' or '}'",
        "'{\"a\":1,}'|expected a field name",
        "'{\"a\" 1}'|expected ':'",
        "'{\"a\":{\"b\":1}}'|nested objects are not supported",
        "'{\"a\":[[1]]}'|lists may hold only",
        "'{\"a\":\"x}'|text is not closed",
        "'{\"a\":\"\\x\"}'|unknown escape",
        "'{\"a\":\"\\u12\"}'|four hex digits",
        "'{\"a\":\"\\ud83d\"}'|lone high surrogate",
        "'{\"a\":\"\\ude00\"}'|lone low surrogate",
        "'{\"a\":01}'|a number may not start with a needless zero",
        "'{\"a\":1.}'|digits after its decimal point",
        "'{\"a\":tru}'|expected a value",
        "'{\"a\":1} x'|text after the end of the object",
        "'{\"a\":'|the line ends where a value was expected",
        // Each phrase of Jackson's that JsonReasons matches, so a rewording fails here.
        "'{\"a\":1 \"b\":2}'|expected ',' or '}' after a value",
        "'{\"a\":[1 2]}'|expected ',' or ']' in a list",
        "'{\"a\":[1}'|expected ',' or ']' in a list",
        "'{\"a\":1]'|expected ',' or '}' after a value",
        "'{\"a\":[1'|the line ends inside a list",
        "'{\"a\":[1,'|the line ends inside a list",
        "'{\"a'|text is not closed",
        "'{\"a\":1e}'|digits in its exponent",
        "'{\"a\":-}'|not a number",
        "'{\"a\":]'|expected a value",
        "'{\"a\":NaN}'|expected a value",
        "'{a:1}'|expected a field name",
        "'{\"a\":1}}'|text after the end of the object",
        "'not json'|a JSON object must start with '{'",
        "' '|a JSON object must start with '{'",
      })
  void refusesWhatIsNotAFlatJsonObject(String line, String reason) {
    assertThatThrownBy(() -> parse(line))
        .isInstanceOf(LineError.class)
        .hasMessageStartingWith("not valid JSON at column ")
        .hasMessageContaining(reason);
  }

  @Test
  void namesTheColumnAndNeverQuotesTheLine() {
    assertThatThrownBy(() -> parse("{\"who\":Jane Smith}"))
        .hasMessage("not valid JSON at column 8: expected a value");
    assertThatThrownBy(() -> parse("{\"a\":1} Jane"))
        .hasMessage(
            "not valid JSON at column 9: text after the end of the object: one event per line");
    // A bare CR is JSON white space: the column still counts from the start of the line.
    assertThatThrownBy(() -> parse("{\"a\":1,\r\"b\":{}}"))
        .hasMessage(
            "not valid JSON at column 13: nested objects are not supported: flatten the event's"
                + " fields");
  }

  @Test
  void refusesDeepNestingAtTheFirstNestedValue() {
    String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    assertThatThrownBy(() -> parse(deep))
        .isInstanceOf(LineError.class)
        .hasMessage("not valid JSON at column 7: lists may hold only text, numbers and booleans");
  }

  @Test
  void refusesHugeNumbersLongTextAndLongNames() {
    assertThatThrownBy(() -> parse("{\"n\":" + "9".repeat(JsonLine.MAX_NUMBER_CHARS + 1) + "}"))
        .isInstanceOf(LineError.class)
        .hasMessageContaining("a number is longer than 64 digits");
    assertThat(parse("{\"n\":-" + "9".repeat(JsonLine.MAX_NUMBER_CHARS - 1) + "}")).hasSize(1);
    assertThatThrownBy(() -> parse("{\"s\":\"" + "x".repeat(JsonLine.MAX_STRING_CHARS + 1) + "\"}"))
        .isInstanceOf(LineError.class)
        .hasMessageContaining("a text is longer than 65536 characters")
        .hasMessageNotContaining("xxx");
    assertThatThrownBy(() -> parse("{\"" + "k".repeat(JsonLine.MAX_NAME_CHARS + 1) + "\":1}"))
        .isInstanceOf(LineError.class)
        .hasMessageContaining("a field name is longer than 1024 characters")
        .hasMessageNotContaining("kkk");
  }

  @Test
  void passesDuplicateNamesOnForTheEventToRefuse() {
    // RawEvent refuses a second value for a field Warden reads; a repeated field it ignores is
    // harmless, as before.
    List<String> names = new ArrayList<>();
    JsonLine.parse("{\"ip\":1,\"ip\":2}", (name, value) -> names.add(name));
    assertThat(names).containsExactly("ip", "ip");
  }

  @Test
  void refusesRawControlCharactersInText() {
    assertThatThrownBy(() -> parse("{\"a\":\"x\u0001y\"}"))
        .isInstanceOf(LineError.class)
        .hasMessageContaining("column 8")
        .hasMessageContaining("control character");
  }
}
