package uk.warden.app.exports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
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
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.warden.app.audit.Audit;
import uk.warden.app.crypto.Keyring;
import uk.warden.app.custody.CustodyService;
import uk.warden.app.custody.TransferRequest;
import uk.warden.app.custody.TransferSummary;
import uk.warden.app.exports.store.ExtractStore;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.platform.RefusedException;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.register.RegisterService;
import uk.warden.core.access.Operation;
import uk.warden.core.custody.TransferMethod;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.Person;
import uk.warden.core.trace.CanaryCount;
import uk.warden.core.trace.ExtractIndex;
import uk.warden.core.trace.ExtractMarker;
import uk.warden.core.trace.LeakTracer;
import uk.warden.core.trace.MarkedExtract;
import uk.warden.core.trace.Trace;
import uk.warden.core.trace.TraceMatch;
import uk.warden.inspect.report.Verdict;

/**
 * Makes extracts for a party under its agreement and traces copies back to them. An extract holds
 * only the columns of the agreement's permitted categories, is marked for tracing, and is recorded
 * as a transfer in the custody ledger with its file's SHA-256 in the same step, so no governed
 * extract leaves unrecorded.
 */
@Service
public class ExportService {

  private static final String PHOTO = "user.biometric.photo";

  private final RegisterService register;
  private final CustodyService custody;
  private final ExtractStore extracts;
  private final Keyring keys;
  private final Audit audit;
  private final ForceSettings force;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ExtractAllowance allowance;
  private final ApprovalPolicy approvals;
  private final ExtractFiles files;
  private final Duration keepCopies;

  ExportService(
      RegisterService register,
      CustodyService custody,
      ExtractStore extracts,
      ExtractAllowance allowance,
      ApprovalPolicy approvals,
      ExtractFiles files,
      Keyring keys,
      Audit audit,
      ForceSettings force,
      TransactionTemplate transactions,
      Clock clock,
      @Value("${warden.exports.keep-copies:7d}") Duration keepCopies) {
    this.register = register;
    this.custody = custody;
    this.extracts = extracts;
    this.allowance = allowance;
    this.approvals = approvals;
    this.files = files;
    this.keys = keys;
    this.audit = audit;
    this.force = force;
    this.transactions = transactions;
    this.clock = clock;
    this.keepCopies = keepCopies;
  }

  /**
   * Makes the extract for the agreement's party under its rules. One that needs a second person's
   * approval is held, its file sealed in the store; any other is released: recorded as a transfer
   * with its file's SHA-256 in the same transaction that keeps its fingerprint.
   */
  public MadeExtract export(ExtractRequest request, String by) {
    Agreement agreement = register.agreement(request.agreement());
    Instant now = clock.instant();
    forgetOldCopies(now);
    if (!agreement.activeOn(LocalDate.ofInstant(now, force.zone()))) {
      throw new RefusedException(
          "agreement-inactive",
          "Agreement "
              + agreement.code()
              + " is not in force today: nothing may be sent under it.");
    }
    ExtractRules rules = ExtractAllowance.rulesOf(agreement);
    List<ExtractColumns.Column> columns =
        ExtractColumns.permittedBy(agreement.permittedCategories());
    List<Person> people = allowance.people(rules, request.payNumbers());
    allowance.checkLimits(agreement, rules, people.size(), request.format(), now);
    List<List<String>> rows = new ArrayList<>(people.size());
    for (Person person : people) {
      rows.add(columns.stream().map(c -> c.value().apply(person)).toList());
    }
    List<String> headers = columns.stream().map(ExtractColumns.Column::header).toList();
    Set<String> categories = ExtractColumns.categoriesOf(columns);
    if (request.format() == ExtractFormat.ZIP && !categories.contains(PHOTO)) {
      throw new RefusedException(
          "photos-not-permitted",
          "A .zip extract carries photos, which agreement "
              + agreement.code()
              + " does not permit.");
    }
    long id = extracts.nextId();
    MarkedExtract marked = mark(id, headers, rows);
    byte[] file = files.write(request.format(), marked, people, request.photos());
    List<String> payNumbers = people.stream().map(Person::payNumber).toList();
    List<String> reasons = approvals.reasons(categories, people.size());
    RecordedExtract made =
        new RecordedExtract(
            id,
            null,
            agreement.code(),
            agreement.partyCode(),
            now,
            by,
            sha256(file),
            people.size(),
            marked.canaryRows().length,
            headers,
            request.format(),
            ExtractStatus.HELD,
            reasons,
            null,
            null,
            null);
    if (!reasons.isEmpty()) {
      transactions.executeWithoutResult(
          status -> {
            extracts.insert(
                made,
                marked.fingerprint(),
                keys.seal(file, sealContext(id)),
                keys.seal(
                    String.join("\n", payNumbers).getBytes(StandardCharsets.UTF_8),
                    sealContext(id)));
            audit.changed(Operation.COLLECT, "export.hold", List.of(record(id)), people.size());
          });
      return new MadeExtract(made, null);
    }
    RecordedExtract released =
        transactions.execute(
            status -> {
              long transfer = recordTransfer(made, categories, payNumbers, null, now);
              RecordedExtract r = made.released(transfer, null, now);
              extracts.insert(
                  r,
                  marked.fingerprint(),
                  request.keepCopy() ? keys.seal(file, sealContext(id)) : null,
                  null);
              return r;
            });
    return new MadeExtract(released, file);
  }

  /**
   * A second person approves a held extract: it is released, recorded as a transfer at the moment
   * of approval (when it may leave) with the approver named in the ledger, and its file can be
   * fetched.
   */
  public RecordedExtract approve(long id, String by) {
    return transactions.execute(
        status -> {
          RecordedExtract held = held(id);
          if (held.madeBy().equalsIgnoreCase(by)) {
            throw new RefusedException(
                "same-person",
                "You made extract "
                    + id
                    + ": a second, different person must approve it before it leaves.");
          }
          List<String> payNumbers =
              List.of(
                  new String(
                          keys.open(extracts.sealedPeople(id).orElseThrow(), sealContext(id)),
                          StandardCharsets.UTF_8)
                      .split("\n"));
          Set<String> categories =
              ExtractColumns.categoriesOf(
                  ExtractColumns.all().stream()
                      .filter(c -> held.columns().contains(c.header()))
                      .toList());
          Instant now = clock.instant();
          long transfer = recordTransfer(held, categories, payNumbers, by, now);
          if (!extracts.release(id, transfer, by, now)) {
            throw decided(id);
          }
          audit.disclosed(
              "export.approve", List.of(record(id)), held.people(), List.of(held.party()), null);
          return held.released(transfer, by, now);
        });
  }

  /** A second person refuses a held extract: it never leaves, and its file is dropped. */
  public RecordedExtract refuse(long id, String by, @Nullable String note) {
    if (note == null || note.isBlank()) {
      throw new BadInputException(
          InputProblem.field("request", "note", "is required: say why the extract may not go"));
    }
    return transactions.execute(
        status -> {
          held(id);
          if (!extracts.refuse(id, by, clock.instant(), note.strip())) {
            throw decided(id);
          }
          audit.changed(Operation.ALTER, "export.refuse", List.of(record(id)), 1);
          return extracts.find(id).orElseThrow();
        });
  }

  /**
   * A released extract's file, for handing over; each fetch is on the audit record. Copies are kept
   * for {@code warden.exports.keep-copies} (default 7 days) after release: Warden is not to become
   * one more place where whole-workforce extracts pile up.
   */
  public byte[] file(long id) {
    forgetOldCopies(clock.instant());
    RecordedExtract extract = extract(id);
    if (extract.status() != ExtractStatus.RELEASED) {
      throw new RefusedException(
          "not-released",
          "Extract "
              + id
              + " is "
              + extract.status().name().toLowerCase(Locale.ROOT)
              + ": only a released extract's file can be fetched.");
    }
    byte[] sealed =
        extracts
            .sealedFile(id)
            .orElseThrow(
                () ->
                    new RefusedException(
                        "no-file",
                        "Warden keeps no copy of extract "
                            + id
                            + ": it was written when it was made, or its copy was dropped "
                            + keepCopies.toDays()
                            + " days after release. Make a new extract."));
    audit.disclosed(
        "export.download", List.of(record(id)), extract.people(), List.of(extract.party()), null);
    return keys.open(sealed, sealContext(id));
  }

  public RecordedExtract extract(long id) {
    return extracts
        .find(id)
        .orElseThrow(() -> new NotFoundException("extract", "No extract " + id + "."));
  }

  public List<RecordedExtract> held() {
    return extracts.held();
  }

  public List<RecordedExtract> recent(int limit) {
    return extracts.recent(limit);
  }

  private RecordedExtract held(long id) {
    RecordedExtract extract = extract(id);
    if (extract.status() != ExtractStatus.HELD) {
      throw decided(id);
    }
    return extract;
  }

  private static RefusedException decided(long id) {
    return new RefusedException(
        "decided", "Extract " + id + " is not waiting for approval: it was decided already.");
  }

  private long recordTransfer(
      RecordedExtract extract,
      Set<String> categories,
      List<String> payNumbers,
      @Nullable String approvedBy,
      Instant at) {
    return custody
        .record(
            new TransferRequest(
                "export",
                at,
                null,
                extract.party(),
                null,
                extract.agreement(),
                categories,
                TransferRequest.listed(payNumbers),
                TransferMethod.FILE,
                extract.sha256(),
                approvedBy),
            extract.madeBy())
        .id();
  }

  private void forgetOldCopies(Instant now) {
    extracts.dropCopiesReleasedBefore(now.minus(keepCopies));
  }

  private static String record(long id) {
    return "extract:" + id;
  }

  private static String sealContext(long id) {
    return "extract:" + id;
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

  /**
   * Keeps a check on the agreement's record and, when asked and it passed, records the file as the
   * transfer in the same transaction.
   */
  public CheckedFile keep(ExtractCheck check, String fileName, String by, boolean record) {
    return transactions.execute(
        status -> {
          Long transfer = record ? recordChecked(check, by).id() : null;
          return extracts.insertCheck(
              new CheckedFile(
                  0,
                  check.agreement(),
                  clock.instant(),
                  by,
                  fileName,
                  check.sha256(),
                  check.verdict(),
                  (int) check.payNumbers().stream().distinct().count(),
                  check.problems(),
                  transfer));
        });
  }

  public List<CheckedFile> checksOf(String agreementCode) {
    return extracts.checksOf(agreementCode);
  }

  private TransferSummary recordChecked(ExtractCheck check, String by) {
    if (check.verdict() != Verdict.PASS) {
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

  /** Extracts newest first, under one agreement and/or in one status when given. */
  public List<RecordedExtract> extracts(
      @Nullable String agreementCode, @Nullable ExtractStatus status) {
    List<RecordedExtract> found =
        agreementCode == null ? extracts.all() : extracts.ofAgreement(agreementCode);
    return status == null ? found : found.stream().filter(e -> e.status() == status).toList();
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

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
