package uk.warden.core.access.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.AccessEvent;
import uk.warden.core.access.EventFingerprint;
import uk.warden.core.input.BadInputException;

/**
 * Reads an access log, JSON lines or CSV, event by event into an {@link EventSink}, in one pass and
 * constant memory.
 *
 * <p>JSON lines: one object per line, fields named as in {@link EventField} (other fields are
 * ignored). CSV: a header line naming the fields in any order, then one event per line; comma,
 * semicolon or tab, whichever the header uses. Blank lines are skipped in both. The text must be
 * UTF-8 (a byte order mark is allowed).
 *
 * <p>Every line is checked, and every bad line is reported by number with each reason. If any line
 * is bad the whole file is refused with a {@link BadInputException} after the last line: events of
 * good lines have by then reached the sink, so the caller must discard them (roll back). A file the
 * reader cannot read at all (not UTF-8, a CSV header lacking a required field) is refused at once.
 *
 * <p>Not thread-safe; one reader per thread.
 */
public final class AccessLogReader {

  /** Longer lines are refused: a real event is a few hundred characters. */
  public static final int MAX_LINE_CHARS = 64 * 1024;

  private static final List<EventField> REQUIRED =
      List.of(EventField.AT, EventField.PRINCIPAL, EventField.SYSTEM, EventField.OPERATION);

  private final IngestOptions options;

  public AccessLogReader(IngestOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Reads a file, its format told by its name or first bytes ({@link LogFormat#detect}). */
  public IngestSummary read(Path file, EventSink sink) {
    String source = String.valueOf(file.getFileName());
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      in.mark(64);
      byte[] head = in.readNBytes(64);
      in.reset();
      return read(source, in, LogFormat.detect(source, head), sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /**
   * Reads {@code in} to its end (the caller closes it). {@code source} names the file in problems.
   *
   * @throws BadInputException listing the bad lines, if there are any
   */
  public IngestSummary read(String source, InputStream in, LogFormat format, EventSink sink) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    Reader text = new InputStreamReader(in, decoder);
    LineSource lines = new LineSource(text, MAX_LINE_CHARS);
    LineProblems problems = new LineProblems(source, options.maxProblems());
    Pass pass = format == LogFormat.CSV ? new CsvPass(problems) : new JsonPass();
    EventBuilder builder = new EventBuilder(options);
    EventFingerprint fingerprints = new EventFingerprint();
    long events = 0;
    int blank = 0;
    try {
      String line;
      while ((line = lines.next()) != null) {
        int number = lines.number();
        if (lines.tooLong()) {
          problems.line(number, "the line is longer than " + MAX_LINE_CHARS + " characters");
          continue;
        }
        if (line.isBlank()) {
          blank++;
          continue;
        }
        RawEvent raw;
        try {
          raw = pass.fields(line, number);
        } catch (LineError e) {
          problems.line(number, e.getMessage());
          continue;
        }
        if (raw == null) {
          continue;
        }
        AccessEvent event = builder.build(raw);
        if (event == null) {
          problems.line(number, builder.reasons());
        } else if (!problems.any()) {
          // Once the file is known to be refused, stop feeding the sink: nothing will be kept.
          sink.accept(event, fingerprints.of(event), number);
          events++;
        }
      }
    } catch (CharacterCodingException e) {
      problems.file(
          lines.number() + 1,
          "the file is not UTF-8 text from here on: save or export it as UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    pass.finish(lines.number());
    if (problems.any()) {
      throw problems.refusal();
    }
    return new IngestSummary(source, format, lines.number(), events, blank);
  }

  /** Turns a line into raw fields; null for a line that holds no event (a CSV header). */
  private interface Pass {
    @Nullable RawEvent fields(String line, int number);

    /** Called after the last line, with the number of lines read. */
    default void finish(int lines) {}
  }

  private static final class JsonPass implements Pass, JsonLine.Fields {
    private final FieldNames names = new FieldNames();
    private final RawEvent raw = new RawEvent();

    @Override
    public RawEvent fields(String line, int number) {
      raw.clear();
      JsonLine.parse(line, this);
      return raw;
    }

    @Override
    public void field(String text, @Nullable Object value) {
      FieldNames.Name name = names.lookup(text);
      if (name.field() != null) {
        raw.set(name.field(), name.text(), value);
      }
    }
  }

  /** The header decides which cell is which field; a header lacking a required one is fatal. */
  private static final class CsvPass implements Pass {
    private final LineProblems problems;
    private final RawEvent raw = new RawEvent();
    private final List<String> cells = new ArrayList<>();
    private @Nullable EventField[] columns;
    private @Nullable String[] headerNames;
    private char delimiter = ',';

    CsvPass(LineProblems problems) {
      this.problems = problems;
    }

    @Override
    public @Nullable RawEvent fields(String line, int number) {
      if (columns == null) {
        header(line, number);
        return null;
      }
      CsvLine.split(line, delimiter, cells);
      if (cells.size() != columns.length) {
        throw new LineError(
            "has " + cells.size() + " values but the header names " + columns.length + " columns");
      }
      raw.clear();
      for (int i = 0; i < columns.length; i++) {
        if (columns[i] != null) {
          raw.set(columns[i], headerNames[i], cells.get(i));
        }
      }
      return raw;
    }

    @Override
    public void finish(int lines) {
      if (columns == null && !problems.any()) {
        problems.file(null, "the file is empty: expected a header line and events");
      }
    }

    private void header(String line, int number) {
      delimiter = CsvLine.delimiter(line);
      List<String> names = new ArrayList<>();
      try {
        CsvLine.split(line, delimiter, names);
      } catch (LineError e) {
        throw fatal(number, "the header " + e.getMessage());
      }
      EventField[] fields = new EventField[names.size()];
      String[] used = new String[EventField.values().length];
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i).strip();
        EventField field = EventField.named(name);
        if (field != null) {
          if (used[field.ordinal()] != null) {
            throw fatal(
                number,
                "columns '"
                    + used[field.ordinal()]
                    + "' and '"
                    + name
                    + "' both give the "
                    + field.key());
          }
          used[field.ordinal()] = name;
        }
        fields[i] = field;
        names.set(i, name);
      }
      List<String> missing = new ArrayList<>();
      for (EventField field : REQUIRED) {
        if (used[field.ordinal()] == null) {
          missing.add(field.key());
        }
      }
      if (!missing.isEmpty()) {
        throw fatal(
            number,
            "the header has no column for "
                + String.join(", ", missing)
                + " (required: at, principal, system, operation)");
      }
      columns = fields;
      headerNames = names.toArray(new String[0]);
    }

    private BadInputException fatal(int number, String reason) {
      problems.file(number, reason);
      return problems.refusal();
    }
  }
}
