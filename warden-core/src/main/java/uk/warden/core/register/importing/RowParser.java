package uk.warden.core.register.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.Clearance;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonIdentifier;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Rank;
import uk.warden.core.register.RankTable;
import uk.warden.core.register.SensitivityFlag;

/** Turns one data row into a person, or reports at that row why it cannot. */
final class RowParser {

  private final RankTable ranks;

  RowParser(RankTable ranks) {
    this.ranks = ranks;
  }

  /** The person on this row, or null when the row has problems (already reported). */
  @Nullable Person parse(RowCells cells) {
    String payNumber = required(cells, PersonField.PAY_NUMBER, "pay number is empty");
    String surname = required(cells, PersonField.SURNAME, "surname is empty");
    String forenames = cells.text(PersonField.FORENAMES);
    PersonKind kind = kind(cells);
    String rankCode = kind == null ? null : rankCode(cells, kind);
    String grade = cells.text(PersonField.GRADE);
    String unit = cells.text(PersonField.UNIT);
    Set<SensitivityFlag> flags = flags(cells);
    List<Clearance> clearances = ClearanceColumns.read(cells);
    EmploymentStatus status = cells.parsed(PersonField.STATUS, Vocabulary::status);
    LocalDate leavingDate = cells.parsed(PersonField.LEAVING_DATE, DateParser::parse);
    if (status == EmploymentStatus.LEFT
        && leavingDate == null
        && !cells.present(PersonField.LEAVING_DATE)) {
      cells.problem(PersonField.LEAVING_DATE, "a leaver needs a leaving date");
    }
    List<PersonIdentifier> identifiers = IdentifierColumns.read(cells);
    String photoRef = cells.text(PersonField.PHOTO_REF);
    if (cells.hasProblems() || payNumber == null || surname == null || kind == null) {
      return null;
    }
    try {
      return new Person(
          null,
          payNumber,
          surname,
          forenames == null ? "" : forenames,
          kind,
          rankCode,
          grade,
          unit,
          flags,
          clearances,
          status == null ? EmploymentStatus.SERVING : status,
          leavingDate,
          identifiers,
          photoRef);
    } catch (IllegalArgumentException e) {
      // The checks above mirror the model's own; this only catches them drifting apart, and the
      // model's messages never quote personal data.
      cells.rowProblem(e.getMessage() == null ? "not a valid person" : e.getMessage());
      return null;
    }
  }

  private static @Nullable String required(RowCells cells, PersonField field, String reason) {
    String value = cells.text(field);
    if (value == null && !cells.present(field)) {
      cells.problem(field, reason);
    }
    return value;
  }

  /** The kind given, or else what the row implies: a rank means an officer, no rank staff. */
  private static @Nullable PersonKind kind(RowCells cells) {
    if (!cells.present(PersonField.KIND)) {
      return cells.present(PersonField.RANK) ? PersonKind.OFFICER : PersonKind.STAFF;
    }
    return cells.parsed(PersonField.KIND, Vocabulary::kind);
  }

  private @Nullable String rankCode(RowCells cells, PersonKind kind) {
    String text = cells.text(PersonField.RANK);
    if (text == null) {
      if (kind == PersonKind.OFFICER && !cells.present(PersonField.RANK)) {
        cells.problem(PersonField.RANK, "an officer needs a rank");
      }
      return null;
    }
    if (!kind.ranked()) {
      cells.problem(
          PersonField.RANK, kind.label() + " has a grade, not a rank: put it in the grade column");
      return null;
    }
    Optional<Rank> rank = ranks.find(text);
    if (rank.isEmpty()) {
      cells.problem(
          PersonField.RANK, "unknown rank '" + text + "' (rank table " + ranks.scheme() + ")");
      return null;
    }
    return rank.get().code();
  }

  /** Flags as a list: {@code COVERT; counter-terrorism}. */
  private static Set<SensitivityFlag> flags(RowCells cells) {
    Set<SensitivityFlag> flags = EnumSet.noneOf(SensitivityFlag.class);
    String text = cells.text(PersonField.FLAGS);
    if (text == null) {
      return flags;
    }
    List<String> unknown = new ArrayList<>();
    for (String item : Vocabulary.items(text)) {
      try {
        flags.add(Vocabulary.flag(item));
      } catch (BadValueException e) {
        unknown.add("'" + item + "'");
      }
    }
    if (!unknown.isEmpty()) {
      cells.problem(
          PersonField.FLAGS,
          "unknown flag "
              + String.join(", ", unknown)
              + ": use COVERT, COUNTER_TERRORISM, PROTECTION or INTELLIGENCE");
    }
    return flags;
  }
}
