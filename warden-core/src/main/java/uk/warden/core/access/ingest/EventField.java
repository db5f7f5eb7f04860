package uk.warden.core.access.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an access-log event, by the name Warden writes ({@link #key()}) and the names
 * systems commonly use for them. Names match ignoring case, spaces, hyphens and underscores, so
 * {@code Event ID}, {@code event-id} and {@code eventId} are one field. Fields with other names (an
 * IP address, a session id) are ignored.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>required</th><th>value</th></tr>
 *   <tr><td>{@code at}</td><td>yes</td><td>ISO 8601 time, {@code 2025-03-31T14:05:00Z}; with an
 *       offset, or without one in the force's zone</td></tr>
 *   <tr><td>{@code principal}</td><td>yes</td><td>the account that acted</td></tr>
 *   <tr><td>{@code system}</td><td>yes</td><td>the register code of the system</td></tr>
 *   <tr><td>{@code operation}</td><td>yes</td><td>COLLECT, ALTER, CONSULT, DISCLOSE, COMBINE,
 *       ERASE, or a common verb (view, search, export, update, delete...)</td></tr>
 *   <tr><td>{@code records}</td><td>no (1)</td><td>how many records, a whole number</td></tr>
 *   <tr><td>{@code recipients}</td><td>no</td><td>for a disclosure: a list, or text separated
 *       by {@code ;} or {@code |}</td></tr>
 *   <tr><td>{@code justification}</td><td>no, unless the force requires it</td><td>text</td></tr>
 *   <tr><td>{@code channel}</td><td>no</td><td>SCREEN, EXPORT, PRINT or API</td></tr>
 *   <tr><td>{@code event_id}</td><td>no</td><td>the source system's own id</td></tr>
 * </table>
 */
public enum EventField {
  EVENT_ID("event_id", "id", "eventid", "log_id"),
  AT("at", "timestamp", "time", "datetime", "date_time", "when", "occurred_at", "event_time"),
  PRINCIPAL("principal", "user", "user_id", "username", "account", "actor", "who"),
  SYSTEM("system", "system_code", "application", "app"),
  OPERATION("operation", "op", "action", "activity"),
  RECORDS("records", "record_count", "count", "result_count", "results"),
  RECIPIENTS("recipients", "recipient", "disclosed_to"),
  JUSTIFICATION("justification", "reason"),
  CHANNEL("channel");

  private static final Map<String, EventField> BY_NAME = new HashMap<>();

  static {
    for (EventField field : values()) {
      BY_NAME.put(normalise(field.key), field);
      for (String alias : field.aliases) {
        BY_NAME.put(normalise(alias), field);
      }
    }
  }

  private final String key;
  private final List<String> aliases;

  EventField(String key, String... aliases) {
    this.key = key;
    this.aliases = List.of(aliases);
  }

  /** The name Warden writes and documents. */
  public String key() {
    return key;
  }

  public List<String> aliases() {
    return aliases;
  }

  /** The field a log's name stands for, or null if Warden does not read it. */
  public static @Nullable EventField named(String name) {
    return BY_NAME.get(normalise(name));
  }

  private static String normalise(String name) {
    StringBuilder key = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-' && c != ' ') {
        key.append(c);
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }
}
