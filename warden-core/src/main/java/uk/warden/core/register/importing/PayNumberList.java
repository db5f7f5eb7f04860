package uk.warden.core.register.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * The pay numbers in a file that went to a party: a CSV or XLSX (told apart by content) whose
 * header has a pay number column, usually the very extract that was sent, or a one-column list with
 * no header. Each pay number keeps the row it came from, so an unknown one can be pointed at.
 * Repeats are kept once: a file listing a person twice still sent them once.
 */
public final class PayNumberList {

  /** A pay number and the spreadsheet row it is on. */
  public record Entry(int row, String payNumber) {}

  public static final int DEFAULT_MAX_ROWS = 2_000_000;

  private PayNumberList() {}

  /** The pay numbers of a file and the SHA-256 of all its bytes: what a transfer records. */
  public record Fingerprinted(List<Entry> entries, String sha256) {}

  public static List<Entry> read(String source, InputStream in) {
    return read(source, in, DEFAULT_MAX_ROWS);
  }

  /** Reads the file to its end, so the fingerprint covers every byte, not just the rows read. */
  public static Fingerprinted readFingerprinted(String source, InputStream in) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    DigestInputStream digesting = new DigestInputStream(in, digest);
    List<Entry> entries = read(source, digesting);
    try {
      digesting.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new BadInputException(InputProblem.file(source, "cannot read the file to its end"));
    }
    return new Fingerprinted(entries, HexFormat.of().formatHex(digest.digest()));
  }

  public static List<Entry> read(String source, InputStream in, int maxRows) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<InputProblem> problems = new ArrayList<>();
    try (RowSource rows = FileFormat.open(source, in)) {
      SourceRow first = rows.next();
      while (first != null && first.blank()) {
        first = rows.next();
      }
      if (first == null) {
        throw new BadInputException(InputProblem.file(source, "the file lists no pay numbers"));
      }
      int column = headerColumn(first).orElse(-1);
      if (column < 0) {
        if (first.cells().size() > 1) {
          throw new BadInputException(
              InputProblem.at(
                  source,
                  first.number(),
                  "header",
                  "no pay number column: name one 'pay_number', or send a one-column list"));
        }
        column = 0;
        add(first, 0, entries);
      }
      for (SourceRow row = rows.next(); row != null; row = rows.next()) {
        if (row.number() > maxRows + 1) {
          throw new BadInputException(
              InputProblem.file(source, "more than " + maxRows + " rows: refused"));
        }
        if (row.blank()) {
          continue;
        }
        if (row.cell(column).isBlank()) {
          problems.add(InputProblem.at(source, row.number(), "pay_number", "pay number is empty"));
          continue;
        }
        add(row, column, entries);
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    if (entries.isEmpty()) {
      throw new BadInputException(InputProblem.file(source, "the file lists no pay numbers"));
    }
    return List.copyOf(entries.values());
  }

  private static Optional<Integer> headerColumn(SourceRow first) {
    for (int i = 0; i < first.cells().size(); i++) {
      if (PersonField.named(first.cell(i).strip()).orElse(null) == PersonField.PAY_NUMBER) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static void add(SourceRow row, int column, Map<String, Entry> entries) {
    String payNumber = row.cell(column).strip();
    entries.putIfAbsent(payNumber.toLowerCase(Locale.ROOT), new Entry(row.number(), payNumber));
  }
}
