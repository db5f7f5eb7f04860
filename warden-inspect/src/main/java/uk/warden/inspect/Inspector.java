package uk.warden.inspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.warden.inspect.content.ContentSink;
import uk.warden.inspect.content.Format;
import uk.warden.inspect.content.FormatReader;
import uk.warden.inspect.content.FormatSniffer;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.content.Limits;
import uk.warden.inspect.content.Location;
import uk.warden.inspect.content.Source;
import uk.warden.inspect.content.UnreadableException;
import uk.warden.inspect.detect.DetectorRegistry;
import uk.warden.inspect.detect.TextScanner;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.policy.Policy;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Finding;
import uk.warden.inspect.report.InspectionSummary;
import uk.warden.inspect.report.Unreadable;
import uk.warden.inspect.report.Verdict;
import uk.warden.inspect.scan.ContentCollector;
import uk.warden.inspect.scan.DistinctValues;
import uk.warden.inspect.workforce.WorkforceIndex;

/**
 * The disclosure guard's engine: recognises a file's format from its bytes, has the format's reader
 * describe everything in it (and in what it contains), finds personal data in all of it, and judges
 * the result by the force's policy. Thread-safe; one instance serves every request.
 */
public final class Inspector {

  private final Map<Format, FormatReader> readers;
  private final TextScanner scanner;
  private final Policy policy;
  private final @Nullable WorkforceIndex workforce;
  private final Limits limits;

  private Inspector(Builder builder) {
    this.readers = new EnumMap<>(Format.class);
    for (FormatReader reader : builder.readers) {
      for (Format format : reader.formats()) {
        readers.put(format, reader);
      }
    }
    this.scanner = builder.scanner;
    this.policy = builder.policy;
    this.workforce = builder.workforce;
    this.limits = builder.limits;
  }

  /** The built-in readers, detectors and policy, with no workforce match. */
  public static Inspector standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Policy policy() {
    return policy;
  }

  public Limits limits() {
    return limits;
  }

  public FileReport inspect(Path file, Expectation expectation) throws UnreadableException {
    return inspect(Source.of(file, limits), expectation);
  }

  public FileReport inspect(Source source, Expectation expectation) throws UnreadableException {
    return examine(source, expectation).report();
  }

  /**
   * Has the file's reader describe it to {@code sink} (nested documents are not read), for tools
   * that need the content itself, such as the sanitiser. Returns the format recognised.
   */
  public Format describe(Source source, ContentSink sink) throws UnreadableException {
    Format format = FormatSniffer.sniff(source);
    read(source, format, sink);
    return format;
  }

  /**
   * Files and directories (recursively, in name order); a file that cannot be read is listed with
   * its reason and the rest go on. Distinct identifiers are counted across all files.
   */
  public InspectionSummary inspectAll(List<Path> paths, Expectation expectation)
      throws IOException {
    List<FileReport> reports = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    DistinctValues distinct = new DistinctValues();
    Verdict verdict = Verdict.PASS;
    for (Path file : expand(paths)) {
      try {
        Examined examined = examine(Source.of(file, limits), expectation);
        reports.add(examined.report());
        distinct.addAll(examined.distinct());
        verdict = verdict.worse(examined.report().verdict());
      } catch (UnreadableException e) {
        unreadable.add(new Unreadable(file.toString(), e.getMessage()));
        verdict = Verdict.BLOCK;
      }
    }
    return InspectionSummary.of(reports, unreadable, verdict, distinct.counts());
  }

  private record Examined(FileReport report, DistinctValues distinct) {}

  private Examined examine(Source source, Expectation expectation) throws UnreadableException {
    long bytes;
    try {
      bytes = source.size();
    } catch (IOException e) {
      throw new UnreadableException("the file cannot be read", e);
    }
    if (bytes > limits.maxFileBytes()) {
      throw new UnreadableException(
          String.format(
              "the file is %,d bytes, more than the %,d allowed", bytes, limits.maxFileBytes()));
    }
    Format format = FormatSniffer.sniff(source);
    ContentCollector collector =
        new ContentCollector(
            scanner, policy, expectation, workforce == null ? null : workforce.matcher());
    read(source, format, collector);
    readNested(collector, 1);
    ContentCollector.Collected collected = collector.finish();
    Verdict verdict = Verdict.PASS;
    for (Finding finding : collected.findings()) {
      verdict = verdict.worse(finding.verdict());
    }
    FileReport report =
        FileReport.of(
            source.name(),
            format,
            bytes,
            verdict,
            collected.findings(),
            collected.columns(),
            collected.distinct().counts());
    return new Examined(report, collected.distinct());
  }

  private static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private void read(Source source, Format format, ContentSink sink) throws UnreadableException {
    Location location = source.location();
    FormatReader reader = readers.get(format);
    if (format == Format.ENCRYPTED_OFFICE) {
      sink.structure(
          HiddenContent.UNINSPECTABLE,
          location,
          1,
          "the file is encrypted with a password; remove the password and inspect it again");
      return;
    }
    if (reader == null) {
      sink.structure(
          HiddenContent.UNINSPECTABLE,
          location,
          1,
          format == Format.UNKNOWN
              ? "the format is not one Warden can read, so it cannot be cleared"
              : "Warden has no reader for " + format.description() + " yet");
      return;
    }
    try {
      reader.read(source, sink);
    } catch (RuntimeException e) {
      // A parser's own failure on a damaged file: refused as a whole, never half-judged.
      throw new UnreadableException(
          "the " + format.description() + " is damaged and cannot be read", e);
    } catch (StackOverflowError e) {
      throw new UnreadableException("the file is nested too deeply to read", e);
    }
  }

  /** Attachments and embedded documents, breadth first; what cannot be read is uninspectable. */
  private void readNested(ContentCollector collector, int depth) {
    collector.endTable();
    List<ContentCollector.NestedDocument> documents = collector.takeNested();
    for (ContentCollector.NestedDocument document : documents) {
      Location location = document.location().inside(document.name());
      if (depth > limits.maxNesting()) {
        collector.structure(
            HiddenContent.UNINSPECTABLE,
            location,
            1,
            "nested more than " + limits.maxNesting() + " documents deep; not read");
        continue;
      }
      Source source = Source.of(location.file(), document.content(), limits);
      try {
        read(source, FormatSniffer.sniff(source), collector);
      } catch (UnreadableException e) {
        collector.structure(
            HiddenContent.UNINSPECTABLE, location, 1, "cannot be read: " + e.getMessage());
      }
      collector.endTable();
      readNested(collector, depth + 1);
    }
  }

  /** Chooses readers, detectors, policy, workforce and limits; the defaults are the built-ins. */
  public static final class Builder {
    private List<FormatReader> readers = FormatReaders.builtIn();
    private TextScanner scanner = DetectorRegistry.builtIn().scanner();
    private Policy policy = Policy.standard();
    private @Nullable WorkforceIndex workforce;
    private Limits limits = Limits.defaults();

    private Builder() {}

    public Builder readers(List<FormatReader> readers) {
      this.readers = List.copyOf(readers);
      return this;
    }

    public Builder scanner(TextScanner scanner) {
      this.scanner = scanner;
      return this;
    }

    public Builder policy(Policy policy) {
      this.policy = policy;
      return this;
    }

    public Builder workforce(@Nullable WorkforceIndex workforce) {
      this.workforce = workforce;
      return this;
    }

    public Builder limits(Limits limits) {
      this.limits = limits;
      return this;
    }

    public Inspector build() {
      return new Inspector(this);
    }
  }
}
