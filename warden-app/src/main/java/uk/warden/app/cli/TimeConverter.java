package uk.warden.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a moment as people type it: an exact instant ({@code 2026-03-31T14:00:00Z}), a local time
 * ({@code 2026-03-31T14:00}) or a day ({@code 2026-03-31}, meaning its start), local ones in UK
 * time, where the force's records are kept.
 */
final class TimeConverter implements ITypeConverter<Instant> {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Override
  public Instant convert(String text) {
    String value = text.strip();
    try {
      if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(value).toInstant();
      }
      if (value.contains("T")) {
        return LocalDateTime.parse(value).atZone(UK).toInstant();
      }
      return LocalDate.parse(value).atStartOfDay(UK).toInstant();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + text + "' is not a time: use 2026-03-31, 2026-03-31T14:00 or 2026-03-31T14:00:00Z");
    }
  }
}
