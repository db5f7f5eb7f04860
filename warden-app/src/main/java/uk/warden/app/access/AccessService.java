package uk.warden.app.access;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.warden.app.access.store.AccessEventStore;
import uk.warden.app.access.store.AccessStore;
import uk.warden.app.access.store.EventWriter;
import uk.warden.app.findings.FindingsService;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.register.RegisterService;
import uk.warden.core.access.AccessDirectory;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Membership;
import uk.warden.core.access.Principal;
import uk.warden.core.access.ingest.AccessLogReader;
import uk.warden.core.access.ingest.IngestOptions;
import uk.warden.core.access.ingest.IngestSummary;
import uk.warden.core.access.ingest.LogFormat;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.DataSystem;

/**
 * Keeps the access directory and the access events: imports replace one source's part of the
 * directory, ingests add a log file's events once each. Both are all or nothing: one transaction,
 * refused whole with every problem named.
 */
@Service
public class AccessService {

  /** Bytes looked at to tell JSON lines from CSV when the name does not say. */
  private static final int HEAD = 64;

  private final AccessStore directory;
  private final AccessEventStore events;
  private final RegisterService register;
  private final FindingsService findings;
  private final ForceSettings force;
  private final Clock clock;
  private final boolean justificationRequired;

  public AccessService(
      AccessStore directory,
      AccessEventStore events,
      RegisterService register,
      FindingsService findings,
      ForceSettings force,
      Clock clock,
      @Value("${warden.access.justification-required:false}") boolean justificationRequired) {
    this.directory = directory;
    this.events = events;
    this.register = register;
    this.findings = findings;
    this.force = force;
    this.clock = clock;
    this.justificationRequired = justificationRequired;
  }

  /** What an ingest did: the file as read, and how many of its events were new. */
  public record Ingested(long id, IngestSummary summary, long newEvents) {
    public long duplicates() {
      return summary.events() - newEvents;
    }
  }

  /**
   * Replaces what {@code source} said about principals and memberships, and about grants when they
   * are given. Refused whole if the directory that results is inconsistent (a grant or membership
   * naming nobody).
   */
  @Transactional
  public DirectoryChange importDirectory(
      DirectorySource source,
      String sourceName,
      List<Principal> principals,
      List<Membership> memberships,
      @Nullable List<Grant> grants) {
    DirectoryChange replaced =
        directory.replace(source, principals, memberships, grants, clock.instant());
    try {
      directory.directory();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(InputProblem.file(sourceName, e.getMessage()));
    }
    findings.invalidate();
    return replaced;
  }

  public AccessDirectory directory() {
    return directory.directory();
  }

  /**
   * Ingests a log, its format told by its name or first bytes; {@code source} names it in problems.
   * The caller closes {@code in}.
   */
  @Transactional
  public Ingested ingest(String source, InputStream in, String by) {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(HEAD);
    try {
      byte[] head = buffered.readNBytes(HEAD);
      buffered.reset();
      return ingest(source, buffered, LogFormat.detect(source, head), by);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /** Ingests a log read from {@code in}; {@code source} names it in problems. */
  @Transactional
  public Ingested ingest(String source, InputStream in, LogFormat format, String by) {
    long id = events.startIngest();
    EventWriter writer = events.writer(id, force.zone());
    IngestSummary summary = reader().read(source, in, format, writer);
    return finish(id, summary, writer, by);
  }

  public long eventCount() {
    return events.eventCount();
  }

  private Ingested finish(long id, IngestSummary summary, EventWriter writer, String by) {
    long added = writer.finish(directory);
    events.finishIngest(id, summary, added, by, clock.instant());
    findings.invalidate();
    return new Ingested(id, summary, added);
  }

  private AccessLogReader reader() {
    Set<String> systems =
        register.systems().stream().map(DataSystem::code).collect(Collectors.toSet());
    IngestOptions options = IngestOptions.defaults(force.zone()).withKnownSystems(systems);
    return new AccessLogReader(justificationRequired ? options.requiringJustification() : options);
  }
}
