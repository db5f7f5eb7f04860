package uk.warden.core.access;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The identity of an access event for de-duplication: SHA-256, in lower-case hex, of its fields in
 * a canonical form. The time is written as epoch seconds and nanoseconds (so {@code 15:00+01:00}
 * and {@code 14:00Z} agree), recipients are sorted, justification is stripped, and every field is
 * length-prefixed so no two different events encode alike:
 *
 * <pre>
 * access-event/1|eventId|time|principal|system|OPERATION|records|n|recipient...|justification|CHANNEL
 * </pre>
 *
 * <p>where each field is written {@code |length:value} (length in UTF-16 units) or {@code |-} when
 * absent, the time as {@code epochSecond.nanos} (nanos a whole number, 0 to 999999999), and the
 * whole is hashed as UTF-8. The source system's own event id is part of it when present, which
 * keeps two genuinely identical actions in the same instant apart; without one, such a pair counts
 * once. Where a line came from (file, line number) is deliberately not part of it: the same event
 * exported twice, in two overlapping files, is one event.
 *
 * <p>Not thread-safe: one instance per reading thread. Changing the encoding changes every
 * fingerprint, so it carries a version prefix. Encoded by hand into a reused buffer, because an
 * ingest fingerprints every event and the obvious way (a String, then its bytes) took a
 * microsecond.
 */
public final class EventFingerprint {

  private static final byte[] VERSION = ascii("access-event/1");
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final MessageDigest sha256;
  private byte[] buffer = new byte[512];
  private int length;

  public EventFingerprint() {
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public String of(AccessEvent event) {
    length = 0;
    raw(VERSION);
    field(event.eventId());
    time(event.at().getEpochSecond(), event.at().getNano());
    field(event.principalId());
    field(event.systemCode());
    field(event.operation().name());
    number(event.records());
    List<String> recipients = event.recipients();
    if (recipients.size() > 1) {
      recipients = new ArrayList<>(recipients);
      Collections.sort(recipients);
    }
    number(recipients.size());
    for (String recipient : recipients) {
      field(recipient);
    }
    field(event.justification());
    field(event.channel() == null ? null : event.channel().name());
    sha256.update(buffer, 0, length);
    byte[] digest = sha256.digest();
    char[] hex = new char[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
      hex[2 * i + 1] = HEX[digest[i] & 0xF];
    }
    return new String(hex);
  }

  private void field(@Nullable String value) {
    if (value == null) {
      ensure(2);
      buffer[length++] = '|';
      buffer[length++] = '-';
      return;
    }
    ensure(13 + 3 * value.length());
    buffer[length++] = '|';
    digits(value.length());
    buffer[length++] = ':';
    utf8(value);
  }

  /** A number as the field its decimal text would make: {@code |length:digits}. */
  private void number(long value) {
    ensure(24);
    buffer[length++] = '|';
    digits(decimalLength(value));
    buffer[length++] = ':';
    digits(value);
  }

  /** {@code |length:seconds.nanos}, the nanos as a whole number. */
  private void time(long seconds, int nanos) {
    ensure(48);
    buffer[length++] = '|';
    digits(decimalLength(seconds) + 1 + decimalLength(nanos));
    buffer[length++] = ':';
    digits(seconds);
    buffer[length++] = '.';
    digits(nanos);
  }

  /** Writes the decimal digits of {@code value} (a minus sign first if negative). */
  private void digits(long value) {
    if (value < 0) {
      buffer[length++] = '-';
      if (value == Long.MIN_VALUE) {
        for (char c : "9223372036854775808".toCharArray()) {
          buffer[length++] = (byte) c;
        }
        return;
      }
      value = -value;
    }
    int end = length + decimalLength(value);
    int at = end;
    do {
      buffer[--at] = (byte) ('0' + (value % 10));
      value /= 10;
    } while (value > 0);
    length = end;
  }

  private static int decimalLength(long value) {
    if (value < 0) {
      return value == Long.MIN_VALUE ? 20 : 1 + decimalLength(-value);
    }
    int digits = 1;
    while (value >= 10) {
      value /= 10;
      digits++;
    }
    return digits;
  }

  /** UTF-8 as {@code String.getBytes} writes it, an unpaired surrogate as '?'. */
  private void utf8(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        buffer[length++] = (byte) c;
      } else if (c < 0x800) {
        buffer[length++] = (byte) (0xC0 | (c >> 6));
        buffer[length++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int code = Character.toCodePoint(c, value.charAt(++i));
        buffer[length++] = (byte) (0xF0 | (code >> 18));
        buffer[length++] = (byte) (0x80 | ((code >> 12) & 0x3F));
        buffer[length++] = (byte) (0x80 | ((code >> 6) & 0x3F));
        buffer[length++] = (byte) (0x80 | (code & 0x3F));
      } else if (Character.isSurrogate(c)) {
        buffer[length++] = '?';
      } else {
        buffer[length++] = (byte) (0xE0 | (c >> 12));
        buffer[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buffer[length++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  private void raw(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }

  private static byte[] ascii(String text) {
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      bytes[i] = (byte) text.charAt(i);
    }
    return bytes;
  }
}
