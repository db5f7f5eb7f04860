package uk.warden.core.access.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.ingest.LineError;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;

/**
 * Clearances written in one cell, as an IAM export carries them against an account: {@code
 * LEVEL:granted:expires:STATUS}, several separated by {@code ;} or {@code |}. Only the level is
 * needed; dates are ISO and may be left empty, and the status defaults to ACTIVE. So {@code NPPV3},
 * {@code NPPV3::2029-01-31} and {@code NPPV3:2024-01-31:2029-01-31:ACTIVE; SC} are all read. (The
 * register's people files write a clearance across several columns instead; an account row has only
 * the one cell.)
 */
final class ClearanceText {

  private ClearanceText() {}

  static List<Clearance> parse(String text) {
    List<String> items = CellValues.items(text);
    List<Clearance> clearances = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      clearances.add(one(items.get(i), items.size() == 1 ? "" : "clearance " + (i + 1) + ": "));
    }
    return clearances;
  }

  private static Clearance one(String item, String which) {
    String[] parts = item.split(":", -1);
    if (parts.length > 4) {
      throw new LineError(
          which
              + "write LEVEL:granted:expires:STATUS, for example "
              + "NPPV3:2024-01-31:2029-01-31:ACTIVE");
    }
    Optional<ClearanceLevel> level = ClearanceLevel.parse(parts[0].strip());
    if (level.isEmpty()) {
      throw new LineError(
          which
              + "the level is not one of "
              + Arrays.stream(ClearanceLevel.values())
                  .map(ClearanceLevel::label)
                  .collect(Collectors.joining(", ")));
    }
    LocalDate granted = parts.length > 1 ? date(parts[1], which) : null;
    LocalDate expires = parts.length > 2 ? date(parts[2], which) : null;
    ClearanceStatus status = parts.length > 3 ? status(parts[3], which) : ClearanceStatus.ACTIVE;
    if (granted != null && expires != null && expires.isBefore(granted)) {
      throw new LineError(which + "expires " + expires + ", before it was granted on " + granted);
    }
    return new Clearance(level.get(), granted, expires, status);
  }

  private static @Nullable LocalDate date(String text, String which) {
    String date = text.strip();
    if (date.isEmpty()) {
      return null;
    }
    try {
      return CellValues.date(date);
    } catch (LineError e) {
      throw new LineError(which + e.getMessage());
    }
  }

  private static ClearanceStatus status(String text, String which) {
    String key = text.strip().toUpperCase(Locale.ROOT);
    if (key.isEmpty()) {
      return ClearanceStatus.ACTIVE;
    }
    for (ClearanceStatus status : ClearanceStatus.values()) {
      if (status.name().equals(key)) {
        return status;
      }
    }
    throw new LineError(
        which
            + "the status is not one of "
            + Arrays.stream(ClearanceStatus.values())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }
}
