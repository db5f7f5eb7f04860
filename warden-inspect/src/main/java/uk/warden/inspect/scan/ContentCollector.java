package uk.warden.inspect.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.roaringbitmap.RoaringBitmap;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.detect.Detection;
import uk.warden.inspect.detect.EntityType;
import uk.warden.inspect.detect.TextScanner;
import uk.warden.inspect.policy.Codes;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.policy.Policy;
import uk.warden.inspect.policy.Situation;
import uk.warden.inspect.report.ColumnReport;
import uk.warden.inspect.report.Finding;
import uk.warden.inspect.report.Severity;
import uk.warden.inspect.report.Verdict;
import uk.warden.inspect.workforce.IdentifierKind;
import uk.warden.inspect.workforce.WorkforceIndex;

/**
 * The sink an inspection reads into: everything a reader (and the readers of nested documents)
 * reports becomes findings judged by the policy. Holds counts, hashes and masked examples only.
 */
public final class ContentCollector implements ContentSink {

  /** A document found inside another, read after its container so tables do not interleave. */
  public record NestedDocument(Location location, String name, byte[] content) {}

  /** Everything collected, ready for a report. */
  public record Collected(
      List<Finding> findings, List<ColumnReport> columns, DistinctValues distinct) {}

  private record WorkforceKey(String file, @Nullable String part, @Nullable HiddenContent hidden) {}

  private final TextScanner scanner;
  private final Policy policy;
  private final Expectation expectation;
  private final WorkforceIndex.@Nullable Matcher workforce;
  private final List<Finding> findings = new ArrayList<>();
  private final List<ColumnReport> columns = new ArrayList<>();
  private final Tally tally = new Tally();
  private final DistinctValues distinct = new DistinctValues();
  private final Map<WorkforceKey, RoaringBitmap> matched = new LinkedHashMap<>();
  private final Map<WorkforceKey, long[]> severalMatched = new LinkedHashMap<>();
  private final List<NestedDocument> nested = new ArrayList<>();
  private @Nullable TableScan table;

  public ContentCollector(
      TextScanner scanner,
      Policy policy,
      Expectation expectation,
      WorkforceIndex.@Nullable Matcher workforce) {
    this.scanner = scanner;
    this.policy = policy;
    this.expectation = expectation;
    this.workforce = workforce;
  }

  @Override
  public void structure(HiddenContent code, Location location, long count, String detail) {
    Situation situation = situation(code);
    Verdict verdict = policy.verdict(situation, code.name());
    findings.add(
        new Finding(code.name(), severity(code, verdict), verdict, location, count, detail));
  }

  @Override
  public void text(Location location, @Nullable HiddenContent hiddenBy, CharSequence text) {
    for (Detection detection : scanner.scan(text)) {
      found(detection.type(), detection.textIn(text), location, hiddenBy, -1, -1);
    }
  }

  @Override
  public void table(Location location, @Nullable HiddenContent hiddenBy) {
    endTable();
    table = new TableScan(this, location, hiddenBy);
  }

  @Override
  public void cell(int row, int column, CharSequence value, @Nullable HiddenContent hiddenBy) {
    if (table == null) {
      throw new IllegalStateException("a reader sent a cell before starting a table");
    }
    table.cell(row, column, value, hiddenBy);
  }

  @Override
  public void nested(Location location, String name, byte[] content) {
    nested.add(new NestedDocument(location, name, content));
  }

  /** Documents met since the last call, for the inspector to read in turn. */
  public List<NestedDocument> takeNested() {
    List<NestedDocument> taken = List.copyOf(nested);
    nested.clear();
    return taken;
  }

  /** Ends the current table; the inspector calls it after each reader. */
  public void endTable() {
    if (table != null) {
      classify(table);
      table = null;
    }
  }

  public Collected finish() {
    endTable();
    List<Finding> all = new ArrayList<>(findings);
    tally.forEach(
        (key, group) -> {
          Location location = new Location(key.file(), key.part(), group.range());
          all.add(detectionFinding(key.code(), location, key.hiddenBy(), group));
        });
    matched.forEach(
        (key, people) -> {
          long several = severalMatched.getOrDefault(key, new long[1])[0];
          all.add(workforceFinding(key, people.getLongCardinality(), several));
        });
    severalMatched.forEach(
        (key, several) -> {
          if (!matched.containsKey(key)) {
            all.add(workforceFinding(key, 0, several[0]));
          }
        });
    return new Collected(all, List.copyOf(columns), distinct);
  }

  List<Detection> scan(CharSequence value, TextScanner.Header header) {
    return scanner.scan(value, header);
  }

  /** A column's header made ready once for scanning every cell under it. */
  TextScanner.Header header(String header) {
    return scanner.header(header);
  }

  /** A detection: tallied, counted as a distinct value, and matched when it identifies someone. */
  void found(
      EntityType type,
      CharSequence value,
      Location location,
      @Nullable HiddenContent hidden,
      int row,
      int column) {
    tally.add(type.name(), location, hidden, row, column, value);
    if (type != EntityType.POLICE_RANK) {
      distinct.add(type.name(), value);
    }
    switch (type) {
      case PERSON_NAME -> match(IdentifierKind.FULL_NAME, value, location, hidden);
      case PAY_NUMBER -> match(IdentifierKind.PAY_NUMBER, value, location, hidden);
      case COLLAR_NUMBER -> match(IdentifierKind.COLLAR_NUMBER, value, location, hidden);
      default -> {}
    }
  }

  void tally(
      String code,
      Location location,
      @Nullable HiddenContent hidden,
      int row,
      int column,
      CharSequence value) {
    tally.add(code, location, hidden, row, column, value);
  }

  /** A staff or collar number known from its column header, though no detector confirmed it. */
  void identifier(
      HeaderRole role,
      String value,
      Location location,
      @Nullable HiddenContent hidden,
      int row,
      int column) {
    String code = role == HeaderRole.PAY_NUMBER ? "PAY_NUMBER" : "COLLAR_NUMBER";
    tally.add(code, location, hidden, row, column, value);
    distinct.add(code, value);
    match(
        role == HeaderRole.PAY_NUMBER ? IdentifierKind.PAY_NUMBER : IdentifierKind.COLLAR_NUMBER,
        value,
        location,
        hidden);
  }

  /** A person named across a row's name columns. */
  void person(
      String fullName,
      @Nullable String surname,
      @Nullable String forenames,
      Location location,
      @Nullable HiddenContent hidden) {
    distinct.add("PERSON_NAME", fullName);
    int token = match(IdentifierKind.FULL_NAME, fullName, location, hidden);
    if (token == WorkforceIndex.NONE && surname != null && forenames != null) {
      match(
          IdentifierKind.SURNAME_INITIAL,
          IdentifierKind.surnameInitial(forenames, surname),
          location,
          hidden);
    }
  }

  private int match(
      IdentifierKind kind, CharSequence value, Location location, @Nullable HiddenContent hidden) {
    if (workforce == null) {
      return WorkforceIndex.NONE;
    }
    int token = workforce.match(kind, value);
    if (token == WorkforceIndex.NONE) {
      return token;
    }
    WorkforceKey key = new WorkforceKey(location.file(), location.part(), hidden);
    if (token == WorkforceIndex.SEVERAL) {
      severalMatched.computeIfAbsent(key, k -> new long[1])[0]++;
    } else {
      matched.computeIfAbsent(key, k -> new RoaringBitmap()).add(token);
    }
    return token;
  }

  private void classify(TableScan scan) {
    List<String> identity = new ArrayList<>();
    List<String> risky = new ArrayList<>();
    long identityRows = 0;
    boolean allHidden = true;
    int firstRow = Integer.MAX_VALUE;
    int lastRow = -1;
    for (ColumnProfile column : scan.finish()) {
      ColumnType type = ColumnType.of(column);
      if (type == null) {
        continue;
      }
      HiddenContent hidden = column.hiddenBy() != null ? column.hiddenBy() : scan.hiddenBy;
      String letters = Columns.letters(column.column);
      columns.add(
          new ColumnReport(
              scan.location.range(
                  Columns.range(column.firstRow, column.lastRow, column.column, column.column)),
              column.header,
              type.type(),
              type.count(),
              type.example(),
              hidden == null ? null : hidden.name()));
      String label = column.header.isEmpty() ? "column " + letters : "'" + column.header + "'";
      if (type.identity()) {
        identity.add(label);
        identityRows = Math.max(identityRows, type.count());
        allHidden &= hidden != null;
        firstRow = Math.min(firstRow, column.firstRow);
        lastRow = Math.max(lastRow, column.lastRow);
      } else if (type.risky()) {
        risky.add(label + " (" + type.type().toLowerCase(java.util.Locale.ROOT) + ")");
      }
    }
    if (identity.isEmpty()) {
      return;
    }
    Location rows = scan.location.range((firstRow + 1) + ":" + (lastRow + 1));
    if (identityRows >= policy.rowLevelRows()) {
      Situation situation =
          allHidden
              ? Situation.PERSONAL_DATA_HIDDEN
              : switch (expectation) {
                case AGGREGATE -> Situation.ROW_LEVEL_IN_AGGREGATE;
                case RECORDS -> Situation.PERSONAL_DATA_EXPECTED;
                case UNSTATED -> Situation.PERSONAL_DATA_VISIBLE;
              };
      Verdict verdict = policy.verdict(situation, Codes.ROW_LEVEL_DATA);
      findings.add(
          new Finding(
              Codes.ROW_LEVEL_DATA,
              verdict == Verdict.BLOCK ? Severity.HIGH : Severity.MEDIUM,
              verdict,
              rows,
              identityRows,
              String.format(
                  "a table of %,d identifiable people (%s)%s",
                  identityRows, String.join(", ", identity), allHidden ? ", hidden" : "")));
    }
    if (!risky.isEmpty()) {
      Verdict verdict =
          policy.verdict(Situation.HIGH_RISK_COMBINATION, Codes.HIGH_RISK_COMBINATION);
      findings.add(
          new Finding(
              Codes.HIGH_RISK_COMBINATION,
              Severity.HIGH,
              verdict,
              rows,
              identityRows,
              "identity ("
                  + String.join(", ", identity)
                  + ") joined with "
                  + String.join(", ", risky)));
    }
  }

  private Finding detectionFinding(
      String code, Location location, @Nullable HiddenContent hidden, Tally.Group group) {
    String where = hidden == null ? "" : " in " + hidden.description();
    String detail = String.format("%,d found%s; e.g. %s", group.count, where, group.example);
    if (code.equals(EntityType.POLICE_RANK.name())) {
      // A rank alone is a headcount's label, not personal data; joined with identity it is a
      // high-risk combination, which is judged on its own.
      Verdict verdict =
          policy.codeOverride(code) != null ? policy.codeOverride(code) : Verdict.PASS;
      return new Finding(code, Severity.INFO, verdict, location, group.count, detail);
    }
    Situation situation =
        code.equals(EntityType.SECRET.name())
            ? Situation.SECRET
            : hidden != null
                ? Situation.PERSONAL_DATA_HIDDEN
                : expectation == Expectation.RECORDS
                    ? Situation.PERSONAL_DATA_EXPECTED
                    : Situation.PERSONAL_DATA_VISIBLE;
    Verdict verdict = policy.verdict(situation, code);
    return new Finding(
        code,
        hidden != null ? Severity.HIGH : Severity.MEDIUM,
        verdict,
        location,
        group.count,
        detail);
  }

  private Finding workforceFinding(WorkforceKey key, long people, long several) {
    Verdict verdict = policy.verdict(Situation.WORKFORCE_MATCH, Codes.WORKFORCE_MATCH);
    String detail =
        String.format("%,d of the force's people named", people)
            + (several > 0
                ? String.format(", and %,d values matching several people", several)
                : "")
            + (key.hidden() == null ? "" : " in " + key.hidden().description());
    return new Finding(
        Codes.WORKFORCE_MATCH,
        Severity.HIGH,
        verdict,
        new Location(key.file(), key.part(), null),
        people + several,
        detail);
  }

  private static Situation situation(HiddenContent code) {
    return switch (code) {
      case UNINSPECTABLE -> Situation.UNINSPECTABLE;
      case DOCUMENT_PROPERTIES, IMAGE_METADATA, HEADER_FOOTER -> Situation.METADATA;
      case EMAIL_RECIPIENTS -> Situation.PERSONAL_DATA_VISIBLE;
      default -> Situation.HIDDEN_STRUCTURE;
    };
  }

  private static Severity severity(HiddenContent code, Verdict verdict) {
    if (code == HiddenContent.UNINSPECTABLE || verdict == Verdict.BLOCK) {
      return Severity.HIGH;
    }
    return switch (code) {
      case DOCUMENT_PROPERTIES, IMAGE_METADATA, HEADER_FOOTER -> Severity.LOW;
      default -> Severity.MEDIUM;
    };
  }
}
