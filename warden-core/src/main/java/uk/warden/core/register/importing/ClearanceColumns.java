package uk.warden.core.register.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.ClearanceLevel;
import uk.warden.core.register.ClearanceStatus;

/**
 * Reads a row's clearances: {@code clearance} lists one or more levels ({@code NPPV3; SC}), and the
 * grant, expiry and status columns describe that clearance when there is only one. Several levels
 * cannot share one set of dates without the file saying which date is whose.
 */
final class ClearanceColumns {

  private static final List<PersonField> DETAILS =
      List.of(
          PersonField.CLEARANCE_GRANTED,
          PersonField.CLEARANCE_EXPIRES,
          PersonField.CLEARANCE_STATUS);

  private ClearanceColumns() {}

  static List<Clearance> read(RowCells cells) {
    LocalDate granted = cells.parsed(PersonField.CLEARANCE_GRANTED, DateParser::parse);
    LocalDate expires = cells.parsed(PersonField.CLEARANCE_EXPIRES, DateParser::parse);
    ClearanceStatus status =
        cells.parsed(PersonField.CLEARANCE_STATUS, Vocabulary::clearanceStatus);
    Set<ClearanceLevel> levels = levels(cells);
    PersonField detail = DETAILS.stream().filter(cells::present).findFirst().orElse(null);
    if (detail != null && !cells.present(PersonField.CLEARANCE)) {
      cells.problem(detail, "given without a clearance level in the clearance column");
      return List.of();
    }
    if (detail != null && levels.size() > 1) {
      cells.problem(
          detail,
          "applies to one clearance but the row lists "
              + levels.size()
              + ": give one level or leave the dates and status blank");
      return List.of();
    }
    if (granted != null && expires != null && expires.isBefore(granted)) {
      cells.problem(
          PersonField.CLEARANCE_EXPIRES, "expiry " + expires + " is before the grant " + granted);
      return List.of();
    }
    List<Clearance> clearances = new ArrayList<>();
    for (ClearanceLevel level : levels) {
      clearances.add(
          new Clearance(level, granted, expires, status == null ? ClearanceStatus.ACTIVE : status));
    }
    return clearances;
  }

  private static Set<ClearanceLevel> levels(RowCells cells) {
    Set<ClearanceLevel> levels = new LinkedHashSet<>();
    String text = cells.text(PersonField.CLEARANCE);
    if (text == null) {
      return levels;
    }
    List<String> unknown = new ArrayList<>();
    for (String item : Vocabulary.items(text)) {
      ClearanceLevel.parse(item).ifPresentOrElse(levels::add, () -> unknown.add(item));
    }
    if (!unknown.isEmpty()) {
      cells.problem(
          PersonField.CLEARANCE,
          "unknown clearance level "
              + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList())
              + ": use levels such as NPPV3, SC or DV, separated by ;");
    }
    return levels;
  }
}
