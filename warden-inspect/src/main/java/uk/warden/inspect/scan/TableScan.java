package uk.warden.inspect.scan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.detect.Detection;
import uk.warden.inspect.detect.EntityType;

/**
 * One table as its cells stream past: decides whether the first row is a header, profiles every
 * column, and at each row's end joins its name parts into one person for counting and matching.
 */
final class TableScan {

  private record Pending(int column, String value, @Nullable HiddenContent hiddenBy) {}

  private final ContentCollector collector;
  final Location location;
  final @Nullable HiddenContent hiddenBy;
  private final Map<Integer, ColumnProfile> columns = new TreeMap<>();
  private final List<Pending> firstRow = new ArrayList<>();
  private final Map<HeaderRole, String> rowNames = new EnumMap<>(HeaderRole.class);
  private @Nullable HiddenContent rowHidden;
  private int firstRowIndex = -1;
  private int row = -1;
  private boolean headerDecided;

  TableScan(ContentCollector collector, Location location, @Nullable HiddenContent hiddenBy) {
    this.collector = collector;
    this.location = location;
    this.hiddenBy = hiddenBy;
  }

  void cell(int row, int column, CharSequence raw, @Nullable HiddenContent cellHidden) {
    String value = raw.toString().strip();
    if (value.isEmpty()) {
      return;
    }
    if (row != this.row) {
      endRow();
      this.row = row;
    }
    if (!headerDecided) {
      if (firstRowIndex < 0) {
        firstRowIndex = row;
      }
      if (row == firstRowIndex) {
        firstRow.add(new Pending(column, value, cellHidden));
        return;
      }
      decideHeader();
    }
    data(row, column, value, cellHidden);
  }

  /** Ends the table: the last row, and a header-only table's header treated as data. */
  List<ColumnProfile> finish() {
    if (!headerDecided) {
      decideHeader();
    }
    endRow();
    return new ArrayList<>(columns.values());
  }

  /**
   * The first row is a header when every cell in it has letters and none is a number: headers name
   * things. Otherwise its cells are data, with no header to help.
   */
  private void decideHeader() {
    headerDecided = true;
    boolean header = !firstRow.isEmpty();
    for (Pending cell : firstRow) {
      if (!hasLetter(cell.value()) || cell.value().length() > 60) {
        header = false;
      }
    }
    for (Pending cell : firstRow) {
      columns.put(cell.column(), profile(cell.column(), header ? cell.value() : ""));
    }
    if (!header) {
      int saved = row;
      row = firstRowIndex;
      for (Pending cell : firstRow) {
        data(firstRowIndex, cell.column(), cell.value(), cell.hiddenBy());
      }
      endRow();
      row = saved;
    }
    firstRow.clear();
  }

  private void data(int row, int column, String value, @Nullable HiddenContent cellHidden) {
    ColumnProfile profile = columns.get(column);
    if (profile == null) {
      profile = profile(column, "");
      columns.put(column, profile);
    }
    HiddenContent hidden = cellHidden != null ? cellHidden : hiddenBy;
    profile.value(row, hidden);
    HeaderRole role = profile.role;
    boolean named = false;
    // A staff or collar number the detector already reported is not counted again from the header.
    boolean coded = false;
    for (Detection detection : collector.scan(value, profile.scanHeader)) {
      CharSequence found = detection.textIn(value);
      collector.found(detection.type(), found, location, hidden, row, column);
      if (detection.length() * 10 >= value.length() * 6) {
        profile.typed(detection.type(), found);
      }
      named |= detection.type() == EntityType.PERSON_NAME;
      coded |=
          (role == HeaderRole.PAY_NUMBER && detection.type() == EntityType.PAY_NUMBER)
              || (role == HeaderRole.COLLAR_NUMBER && detection.type() == EntityType.COLLAR_NUMBER);
    }
    if (role == null) {
      return;
    }
    profile.example(role.name(), value);
    if (role.namePart() && NameShape.matches(value)) {
      profile.nameShaped++;
      if (!named) {
        collector.tally("PERSON_NAME", location, hidden, row, column, value);
      }
      rowNames.put(role, value);
      if (hidden != null) {
        rowHidden = hidden;
      }
    } else if ((role == HeaderRole.PAY_NUMBER || role == HeaderRole.COLLAR_NUMBER)
        && CodeShape.matches(value)) {
      profile.codeShaped++;
      if (!coded) {
        collector.identifier(role, value, location, hidden, row, column);
      }
    }
  }

  /** A row's name parts are one person: counted once and matched against the workforce. */
  private void endRow() {
    if (rowNames.isEmpty()) {
      return;
    }
    String full = rowNames.get(HeaderRole.FULL_NAME);
    String surname = rowNames.get(HeaderRole.SURNAME);
    String forenames = rowNames.get(HeaderRole.FORENAMES);
    if (full == null && surname != null) {
      full = forenames == null ? surname : forenames + " " + surname;
    }
    if (full != null) {
      collector.person(full, surname, forenames, location, rowHidden);
    }
    rowNames.clear();
    rowHidden = null;
  }

  private ColumnProfile profile(int column, String header) {
    return new ColumnProfile(column, header, collector.header(header));
  }

  private static boolean hasLetter(String value) {
    boolean letter = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
      }
    }
    // "2023" or "1,234" is not a header; "Q1 2023" is.
    return letter;
  }
}
