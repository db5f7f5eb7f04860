package uk.warden.app.register.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;
import uk.warden.core.register.PersonIdentifier;

/**
 * A person's clearances as the JSON kept beside the person's row (and the identifiers as it was
 * kept before they were sealed). The shape is the records' own (e.g. {@code
 * {"level":"NPPV3","granted":"2021-04-01",...}}), which is also what the clearance filter's LIKE
 * pattern relies on.
 */
public final class PersonDetailsCodec {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<Clearance>> CLEARANCES = new TypeReference<>() {};
  private static final TypeReference<List<PersonIdentifier>> IDENTIFIERS = new TypeReference<>() {};

  private PersonDetailsCodec() {}

  public static String clearances(List<Clearance> clearances) {
    return clearances.isEmpty() ? "[]" : JSON.writeValueAsString(clearances);
  }

  public static List<Clearance> clearances(String json) {
    return "[]".equals(json) ? List.of() : JSON.readValue(json, CLEARANCES);
  }

  /** Identifiers as a store made before they were sealed kept them (see {@link PersonSealing}). */
  static List<PersonIdentifier> identifiers(String json) {
    return "[]".equals(json) ? List.of() : JSON.readValue(json, IDENTIFIERS);
  }

  /**
   * A person's clearances valid on a day: their levels, and the deepest of them (the first listed
   * among equals, as {@link uk.warden.core.register.Person#highestClearance} chooses).
   */
  public record ValidClearances(Set<ClearanceLevel> levels, @Nullable ClearanceLevel highest) {}

  /**
   * The clearances in {@code json} that are valid on {@code asOf} as {@link Clearance#validOn} has
   * it (active, and not expired before that day).
   */
  public static ValidClearances valid(String json, LocalDate asOf) {
    return active(json).validOn(asOf);
  }

  /**
   * A person's active clearances in the order listed: each level with the epoch day it expires
   * ({@link Long#MAX_VALUE} if never). Which of them are valid depends only on the day asked about,
   * so the breach index keeps these and can answer for any day without reading the store again.
   */
  public record ActiveClearances(ClearanceLevel[] levels, long[] expires) {

    private static final ActiveClearances NONE =
        new ActiveClearances(new ClearanceLevel[0], new long[0]);

    public static ActiveClearances none() {
      return NONE;
    }

    public int size() {
      return levels.length;
    }

    /**
     * Valid on {@code day}: not expired before it. The deepest is the first listed among equals.
     */
    public ValidClearances validOn(LocalDate day) {
      Set<ClearanceLevel> valid = EnumSet.noneOf(ClearanceLevel.class);
      ClearanceLevel highest = null;
      long epochDay = day.toEpochDay();
      for (int i = 0; i < levels.length; i++) {
        if (expires[i] >= epochDay) {
          ClearanceLevel held = levels[i];
          valid.add(held);
          if (highest == null || held.depth() > highest.depth()) {
            highest = held;
          }
        }
      }
      return new ValidClearances(valid, highest);
    }
  }

  /**
   * The active clearances in {@code json}, read token by token: building the breach index reads
   * every person's clearances, and binding each list to records and parsing its dates with a
   * formatter took longer than reading the rows.
   */
  public static ActiveClearances active(String json) {
    if ("[]".equals(json)) {
      return ActiveClearances.none();
    }
    List<ClearanceLevel> levels = new ArrayList<>(2);
    List<Long> expiries = new ArrayList<>(2);
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException("clearances are not a JSON array");
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        String level = null;
        String expires = null;
        String status = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
          JsonToken value = parser.nextToken();
          String text = value == JsonToken.VALUE_STRING ? parser.getString() : null;
          switch (name) {
            case "level" -> level = text;
            case "expires" -> expires = text;
            case "status" -> status = text;
            default -> parser.skipChildren();
          }
        }
        if (level != null && ClearanceStatus.ACTIVE.name().equals(status)) {
          levels.add(ClearanceLevel.valueOf(level));
          expiries.add(expires == null ? Long.MAX_VALUE : epochDay(expires));
        }
      }
    }
    if (levels.isEmpty()) {
      return ActiveClearances.none();
    }
    long[] expires = new long[expiries.size()];
    for (int i = 0; i < expires.length; i++) {
      expires[i] = expiries.get(i);
    }
    return new ActiveClearances(levels.toArray(ClearanceLevel[]::new), expires);
  }

  /** An ISO date's epoch day; {@code yyyy-mm-dd} without a formatter, since there are millions. */
  static long epochDay(String date) {
    if (date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-') {
      int year = digits(date, 0, 4);
      int month = digits(date, 5, 7);
      int day = digits(date, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day).toEpochDay();
      }
    }
    return LocalDate.parse(date).toEpochDay();
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The LIKE pattern that finds people holding a clearance at this level. */
  static String clearanceLevelPattern(String level) {
    return "%\"level\":\"" + level + "\"%";
  }
}
