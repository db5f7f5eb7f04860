package uk.warden.app.register.store;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.PersonIdentifier;

/**
 * A person's clearances and identifiers as the JSON kept beside the person's row. The shape is the
 * records' own (e.g. {@code {"level":"NPPV3","granted":"2021-04-01",...}}), which is also what the
 * clearance filter's LIKE pattern relies on.
 */
public final class PersonDetailsCodec {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<Clearance>> CLEARANCES = new TypeReference<>() {};
  private static final TypeReference<List<PersonIdentifier>> IDENTIFIERS = new TypeReference<>() {};

  private PersonDetailsCodec() {}

  static String clearances(List<Clearance> clearances) {
    return clearances.isEmpty() ? "[]" : JSON.writeValueAsString(clearances);
  }

  public static List<Clearance> clearances(String json) {
    return "[]".equals(json) ? List.of() : JSON.readValue(json, CLEARANCES);
  }

  static String identifiers(List<PersonIdentifier> identifiers) {
    return identifiers.isEmpty() ? "[]" : JSON.writeValueAsString(identifiers);
  }

  static List<PersonIdentifier> identifiers(String json) {
    return "[]".equals(json) ? List.of() : JSON.readValue(json, IDENTIFIERS);
  }

  /** The LIKE pattern that finds people holding a clearance at this level. */
  static String clearanceLevelPattern(String level) {
    return "%\"level\":\"" + level + "\"%";
  }
}
