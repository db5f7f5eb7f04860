package uk.warden.core.access.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.AccessEvent;
import uk.warden.core.access.Channel;
import uk.warden.core.access.Operation;
import uk.warden.core.access.SystemCodes;

/**
 * Checks one line's raw values and builds the event, or says what is wrong with each field. The
 * reasons name fields and expectations, never the values found, which may be personal data.
 */
final class EventBuilder {

  private static final int MAX_ID = 256;
  private static final int MAX_TEXT = 4096;
  private static final int MAX_RECIPIENTS = 1000;

  private final IngestOptions options;
  private final Timestamps timestamps;
  private final List<String> reasons = new ArrayList<>();

  EventBuilder(IngestOptions options) {
    this.options = options;
    this.timestamps = new Timestamps(options.zone());
  }

  /** The reasons the last {@link #build} failed, in field order. */
  List<String> reasons() {
    return Collections.unmodifiableList(reasons);
  }

  /** The event, or null with {@link #reasons()} saying why not. */
  @Nullable AccessEvent build(RawEvent raw) {
    reasons.clear();
    String eventId = id(raw, EventField.EVENT_ID, false);
    Instant at = at(raw);
    String principal = id(raw, EventField.PRINCIPAL, true);
    String system = system(raw);
    Operation operation = operation(raw);
    long records = records(raw);
    List<String> recipients = recipients(raw);
    String justification = text(raw, EventField.JUSTIFICATION);
    Channel channel = channel(raw);
    if (justification == null
        && options.justificationRequired()
        && operation != null
        && (operation == Operation.CONSULT || operation == Operation.DISCLOSE)) {
      reasons.add(
          "'"
              + raw.nameOf(EventField.JUSTIFICATION)
              + "' is missing: this force requires a justification for every consultation and"
              + " disclosure");
    }
    if (!reasons.isEmpty()) {
      return null;
    }
    return new AccessEvent(
        eventId, at, principal, system, operation, records, recipients, justification, channel);
  }

  private @Nullable Instant at(RawEvent raw) {
    String text = scalar(raw, EventField.AT, true);
    if (text == null) {
      return null;
    }
    Instant at = timestamps.parse(text);
    if (at == null) {
      reasons.add(
          "'"
              + raw.nameOf(EventField.AT)
              + "' is not a date and time: expected ISO 8601, such as 2025-03-31T14:05:00Z");
    }
    return at;
  }

  private @Nullable String id(RawEvent raw, EventField field, boolean required) {
    String text = scalar(raw, field, required);
    if (text == null) {
      return null;
    }
    String id = text.strip();
    boolean ok = !id.isEmpty() && id.length() <= MAX_ID;
    for (int i = 0; ok && i < id.length(); i++) {
      ok = !Character.isWhitespace(id.charAt(i)) && !Character.isISOControl(id.charAt(i));
    }
    if (!ok) {
      reasons.add(
          "'"
              + raw.nameOf(field)
              + "' must be 1-"
              + MAX_ID
              + " characters without spaces or control characters");
      return null;
    }
    return id;
  }

  private @Nullable String system(RawEvent raw) {
    String text = scalar(raw, EventField.SYSTEM, true);
    if (text == null) {
      return null;
    }
    String code = text.strip();
    String name = raw.nameOf(EventField.SYSTEM);
    if (!SystemCodes.valid(code)) {
      reasons.add(
          "'" + name + "' must be a register system code: lower-case letters, digits and hyphens");
      return null;
    }
    if (options.knownSystems() != null && !options.knownSystems().contains(code)) {
      // System codes are register keys, not personal data: naming it helps the fix.
      reasons.add("'" + name + "' names system '" + code + "', which is not in the register");
      return null;
    }
    return code;
  }

  private @Nullable Operation operation(RawEvent raw) {
    String text = scalar(raw, EventField.OPERATION, true);
    if (text == null) {
      return null;
    }
    Operation operation = Operation.parse(text).orElse(null);
    if (operation == null) {
      reasons.add(
          "'"
              + raw.nameOf(EventField.OPERATION)
              + "' must be COLLECT, ALTER, CONSULT, DISCLOSE, COMBINE or ERASE (or view, search,"
              + " export, update, delete...)");
    }
    return operation;
  }

  private long records(RawEvent raw) {
    String text = scalar(raw, EventField.RECORDS, false);
    if (text == null) {
      // One record per event unless the log says otherwise: a view is of one record.
      return 1;
    }
    String digits = text.strip();
    boolean ok = !digits.isEmpty() && digits.length() <= 18;
    for (int i = 0; ok && i < digits.length(); i++) {
      ok = digits.charAt(i) >= '0' && digits.charAt(i) <= '9';
    }
    if (!ok) {
      reasons.add(
          "'" + raw.nameOf(EventField.RECORDS) + "' must be a whole number of records, 0 or more");
      return 0;
    }
    return Long.parseLong(digits);
  }

  private List<String> recipients(RawEvent raw) {
    Object value = raw.get(EventField.RECIPIENTS);
    List<String> recipients = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        addRecipient(recipients, (String) item);
      }
    } else if (value instanceof String text) {
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == ';' || text.charAt(i) == '|') {
          addRecipient(recipients, text.substring(start, i));
          start = i + 1;
        }
      }
    }
    if (recipients.size() > MAX_RECIPIENTS) {
      reasons.add(
          "'"
              + raw.nameOf(EventField.RECIPIENTS)
              + "' names more than "
              + MAX_RECIPIENTS
              + " recipients");
    }
    return recipients;
  }

  private static void addRecipient(List<String> recipients, String recipient) {
    String name = recipient.strip();
    if (!name.isEmpty()) {
      recipients.add(name);
    }
  }

  private @Nullable String text(RawEvent raw, EventField field) {
    String text = scalar(raw, field, false);
    if (text != null && text.length() > MAX_TEXT) {
      reasons.add("'" + raw.nameOf(field) + "' is longer than " + MAX_TEXT + " characters");
      return null;
    }
    return text;
  }

  private @Nullable Channel channel(RawEvent raw) {
    String text = scalar(raw, EventField.CHANNEL, false);
    if (text == null || text.isBlank()) {
      return null;
    }
    Channel channel = Channel.parse(text).orElse(null);
    if (channel == null) {
      reasons.add("'" + raw.nameOf(EventField.CHANNEL) + "' must be SCREEN, EXPORT, PRINT or API");
    }
    return channel;
  }

  /** A field's text: missing, blank and JSON null all count as absent. */
  private @Nullable String scalar(RawEvent raw, EventField field, boolean required) {
    Object value = raw.get(field);
    if (value instanceof List<?>) {
      reasons.add("'" + raw.nameOf(field) + "' must be a single value, not a list");
      return null;
    }
    String text = (String) value;
    if (text == null || text.isBlank()) {
      if (required) {
        reasons.add("'" + raw.nameOf(field) + "' is missing");
      }
      return null;
    }
    return text;
  }
}
