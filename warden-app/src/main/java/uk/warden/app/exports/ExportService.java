package uk.warden.app.exports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.warden.app.audit.Audit;
import uk.warden.app.crypto.Keyring;
import uk.warden.app.custody.CustodyService;
import uk.warden.app.custody.TransferRequest;
import uk.warden.app.custody.TransferSummary;
import uk.warden.app.exports.store.ExtractStore;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.register.RegisterService;
import uk.warden.core.custody.TransferMethod;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Person;
import uk.warden.core.trace.CanaryCount;
import uk.warden.core.trace.ExtractIndex;
import uk.warden.core.trace.ExtractMarker;
import uk.warden.core.trace.LeakTracer;
import uk.warden.core.trace.MarkedExtract;
import uk.warden.core.trace.Trace;
import uk.warden.core.trace.TraceMatch;

/**
 * Makes extracts for a party under its agreement and traces copies back to them. An extract holds
 * only the columns of the agreement's permitted categories, is marked for tracing, and is recorded
 * as a transfer in the custody ledger with its file's SHA-256 in the same step, so no governed
 * extract leaves unrecorded.
 */
@Service
public class ExportService {

  private final RegisterService register;
  private final CustodyService custody;
  private final ExtractStore extracts;
  private final Keyring keys;
  private final Audit audit;
  private final ForceSettings force;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ExportService(
      RegisterService register,
      CustodyService custody,
      ExtractStore extracts,
      Keyring keys,
      Audit audit,
      ForceSettings force,
      TransactionTemplate transactions,
      Clock clock) {
    this.register = register;
    this.custody = custody;
    this.extracts = extracts;
    this.keys = keys;
    this.audit = audit;
    this.force = force;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Makes the extract for the agreement's party.
   *
   * @param payNumbers the people to include; null for everyone serving
   */
  public MadeExtract export(String agreementCode, @Nullable List<String> payNumbers, String by) {
    Agreement agreement = register.agreement(agreementCode);
    Instant now = clock.instant();
    if (!agreement.activeOn(LocalDate.ofInstant(now, force.zone()))) {
      throw new RefusedException(
          "agreement-inactive",
          "Agreement " + agreementCode + " is not in force today: nothing may be sent under it.");
    }
    List<ExtractColumns.Column> columns =
        ExtractColumns.permittedBy(agreement.permittedCategories());
    List<Person> people = people(payNumbers);
    List<List<String>> rows = new ArrayList<>(people.size());
    for (Person person : people) {
      rows.add(columns.stream().map(c -> c.value().apply(person)).toList());
    }
    List<String> headers = columns.stream().map(ExtractColumns.Column::header).toList();
    long id = extracts.nextId();
    MarkedExtract marked = mark(id, headers, rows);
    byte[] file = csv(marked);
    String sha256 = sha256(file);
    RecordedExtract recorded =
        transactions.execute(
            status -> {
              TransferSummary transfer =
                  custody.record(
                      new TransferRequest(
                          "export",
                          now,
                          null,
                          agreement.partyCode(),
                          null,
                          agreement.code(),
                          ExtractColumns.categoriesOf(columns),
                          TransferRequest.listed(people.stream().map(Person::payNumber).toList()),
                          TransferMethod.FILE,
                          sha256,
                          null),
                      by);
              RecordedExtract extract =
                  new RecordedExtract(
                      id,
                      transfer.id(),
                      agreement.code(),
                      agreement.partyCode(),
                      now,
                      by,
                      sha256,
                      people.size(),
                      marked.canaryRows().length,
                      headers);
              extracts.insert(extract, marked.fingerprint());
              return extract;
            });
    return new MadeExtract(recorded, file);
  }

  /**
   * Traces a found or leaked table back to the extracts it can have come from; any canary it
   * carries is recorded as a sighting and put on the audit record.
   */
  public TracedFile trace(String fileName, byte[] content, List<List<String>> rows, String by) {
    ExtractIndex index = new ExtractIndex();
    Map<String, RecordedExtract> byId = new LinkedHashMap<>();
    extracts.forEachFingerprint(
        (extract, fingerprint) -> {
          index.add(fingerprint);
          byId.put(fingerprint.extractId(), extract);
        });
    Trace trace = new LeakTracer(index, keys.traceKey()).trace(rows);
    List<RecordedExtract> candidates = new ArrayList<>();
    for (TraceMatch match : trace.matches()) {
      RecordedExtract extract = byId.get(match.extractId());
      if (extract != null) {
        candidates.add(extract);
      }
    }
    List<RecordedExtract> sighted = new ArrayList<>();
    String sha256 = sha256(content);
    trace
        .canaries()
        .forEach(
            sighting -> {
              RecordedExtract extract = byId.get(sighting.extractId());
              if (extract != null) {
                extracts.sighted(
                    extract.id(),
                    clock.instant(),
                    by,
                    fileName,
                    sha256,
                    sighting.seen(),
                    sighting.marked());
                sighted.add(extract);
              }
            });
    audit.consulted(
        "export.trace",
        candidates.stream().map(e -> "extract:" + e.id()).toList(),
        rows.size(),
        null);
    return new TracedFile(trace, candidates, sighted);
  }

  /** Records a checked file made elsewhere as the transfer, once it passed its check. */
  public TransferSummary recordChecked(ExtractCheck check, String by) {
    if (check.verdict() != uk.warden.inspect.report.Verdict.PASS) {
      throw new RefusedException(
          "blocked", "A file that failed its check cannot be recorded as sent.");
    }
    if (check.payNumbers().isEmpty()) {
      throw new RefusedException(
          "no-people", "Recording needs the people sent: a CSV with a pay_number column.");
    }
    Agreement agreement = register.agreement(check.agreement());
    return custody.record(
        new TransferRequest(
            "export check",
            clock.instant(),
            null,
            agreement.partyCode(),
            null,
            agreement.code(),
            check.categories(),
            TransferRequest.listed(check.payNumbers()),
            TransferMethod.FILE,
            check.sha256(),
            null),
        by);
  }

  public List<Sighting> sightings() {
    return extracts.sightings();
  }

  public List<RecordedExtract> extractsOf(String agreementCode) {
    return extracts.ofAgreement(agreementCode);
  }

  private List<Person> people(@Nullable List<String> payNumbers) {
    List<Person> people = new ArrayList<>();
    if (payNumbers == null) {
      register.forEachPerson(
          PersonFilter.ALL,
          p -> {
            if (p.status() == EmploymentStatus.SERVING) {
              people.add(p);
            }
          });
      return people;
    }
    List<InputProblem> unknown = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < payNumbers.size(); i++) {
      String pay = payNumbers.get(i).strip();
      if (!seen.add(pay.toUpperCase(Locale.ROOT))) {
        continue;
      }
      var person = register.findPerson(pay);
      if (person.isPresent()) {
        people.add(person.get());
      } else {
        unknown.add(InputProblem.at("people", i + 1, "pay_number", "no person " + pay));
      }
    }
    if (!unknown.isEmpty()) {
      throw new BadInputException(unknown);
    }
    return people;
  }

  /** Canaries must never be mistaken for someone real: the register's keys are all in use. */
  private MarkedExtract mark(long id, List<String> headers, List<List<String>> rows) {
    Set<String> inUse = new HashSet<>();
    register.forEachPerson(
        PersonFilter.ALL,
        p -> {
          inUse.add(p.payNumber().toUpperCase(Locale.ROOT));
          inUse.add((p.forenames() + " " + p.surname()).toLowerCase(Locale.ROOT));
          p.identifiers().forEach(i -> inUse.add(i.value().toUpperCase(Locale.ROOT)));
        });
    return new ExtractMarker(keys.traceKey(), CanaryCount.STANDARD)
        .mark(
            Long.toString(id),
            headers,
            rows,
            key ->
                inUse.contains(key.toUpperCase(Locale.ROOT))
                    || inUse.contains(key.toLowerCase(Locale.ROOT)));
  }

  private static byte[] csv(MarkedExtract marked) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
      printer.printRecord(marked.columns());
      for (List<String> row : marked.rows()) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
