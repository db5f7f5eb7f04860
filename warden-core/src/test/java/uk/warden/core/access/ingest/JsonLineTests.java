package uk.warden.core.access.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        "'{\"a\":01}'|expected ',' or '}'",
        "'{\"a\":1.}'|digits after its decimal point",
        "'{\"a\":tru}'|expected a value",
        "'{\"a\":1} x'|text after the end of the object",
        "'{\"a\":'|the line ends where a value was expected",
      })
  void refusesWhatIsNotAFlatJsonObject(String line, String reason) {
    assertThatThrownBy(() -> parse(line))
        .isInstanceOf(LineError.class)
        .hasMessageStartingWith("not valid JSON at column ")
        .hasMessageContaining(reason);
  }

  @Test
  void refusesRawControlCharactersInText() {
    assertThatThrownBy(() -> parse("{\"a\":\"x\u0001y\"}"))
        .isInstanceOf(LineError.class)
        .hasMessageContaining("column 8")
        .hasMessageContaining("control character");
  }
}
