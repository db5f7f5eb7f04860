package uk.warden.app.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import uk.warden.app.disclosure.InspectionService;
import uk.warden.app.register.RegisterService;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.ExtractFormat;
import uk.warden.core.register.ExtractRules;
import uk.warden.inspect.content.HiddenContent;
import uk.warden.inspect.policy.Expectation;
import uk.warden.inspect.report.ColumnReport;
import uk.warden.inspect.report.FileReport;
import uk.warden.inspect.report.Finding;
import uk.warden.inspect.report.Verdict;

/**
 * Checks an extract another system produced against the agreement it is to go under: every column
 * within the permitted categories, every person one the register knows and the people rule allows,
 * no more people than allowed, not more often than allowed, a format the party accepts, and nothing
 * hidden (the disclosure guard's hidden-content findings on the same file). Any problem blocks it.
 */
@Service
public class ExtractChecker {

  /** What the disclosure guard's column types disclose, for columns with no known header. */
  private static final Map<String, String> CATEGORY_OF_TYPE =
      Map.ofEntries(
          Map.entry("PERSON_NAME", "user.name"),
          Map.entry("EMAIL", "user.contact.email"),
          Map.entry("UK_PHONE", "user.contact.phone_number"),
          Map.entry("UK_POSTCODE", "user.contact.address"),
          Map.entry("DATE_OF_BIRTH", "user.demographic.date_of_birth"),
          Map.entry("UK_NINO", "user.government_id.national_insurance_number"),
          Map.entry("UK_PASSPORT", "user.government_id.passport_number"),
          Map.entry("UK_DRIVING_LICENCE", "user.government_id.driving_licence_number"),
          Map.entry("UK_BANK_ACCOUNT", "user.financial.bank_account"),
          Map.entry("UK_SORT_CODE", "user.financial.bank_account"),
          Map.entry("PAY_NUMBER", "user.workforce.pay_number"),
          Map.entry("COLLAR_NUMBER", "user.workforce.collar_number"),
          Map.entry("POLICE_RANK", "user.workforce.rank"),
          Map.entry("UNIT", "user.workforce.unit"),
          Map.entry("LOCATION", "user.workforce.work_location"),
          Map.entry("VETTING", "user.workforce.vetting_level"),
          Map.entry("PHOTO", "user.biometric.photo"));

  private static final Set<String> HIDDEN =
      Arrays.stream(HiddenContent.values()).map(Enum::name).collect(Collectors.toSet());

  private final RegisterService register;
  private final InspectionService inspections;
  private final ExtractAllowance allowance;
  private final ExportService exports;
  private final Clock clock;

  ExtractChecker(
      RegisterService register,
      InspectionService inspections,
      ExtractAllowance allowance,
      ExportService exports,
      Clock clock) {
    this.register = register;
    this.inspections = inspections;
    this.allowance = allowance;
    this.exports = exports;
    this.clock = clock;
  }

  /**
   * Checks a file given as bytes (an upload): its table is read for headers and pay numbers where
   * it is a CSV, TSV or workbook, and the disclosure guard reads it from a private temporary copy
   * that is deleted before this returns. A file that carries an earlier extract's canaries is a
   * copy of that extract going out again: the sighting is recorded, as by a trace, and blocks it.
   */
  public ExtractCheck check(String agreementCode, String name, byte[] content, String by) {
    ExtractTable table = ExtractTable.readIfTable(name, content);
    Path copy = null;
    try {
      copy = Files.createTempFile("warden-check-", ".part");
      Files.write(copy, content);
      ExtractCheck check =
          check(
              agreementCode,
              copy,
              name,
              ExportService.sha256(content),
              table.headers(),
              table.payNumbers());
      return table.rows().isEmpty() ? check : withCanaries(check, name, content, table, by);
    } catch (IOException e) {
      throw new UncheckedIOException("the file could not be copied for the check", e);
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // The copy is in the private temporary folder; nothing more can be done here.
        }
      }
    }
  }

  /**
   * @param headers the file's column headers where it has a plain header row (a CSV)
   * @param payNumbers the values of the file's pay number column, if it has one
   */
  private ExtractCheck check(
      String agreementCode,
      Path file,
      String name,
      String sha256,
      List<String> headers,
      List<String> payNumbers) {
    Agreement agreement = register.agreement(agreementCode);
    FileReport report = inspections.inspect(file, name, Expectation.RECORDS);
    List<ExtractCheck.Problem> problems = new ArrayList<>();
    // Columns named by a known header, then those the guard recognised by their values.
    Map<String, String> found = new LinkedHashMap<>();
    headers.forEach(h -> found.computeIfAbsent(h.strip(), ExtractChecker::categoryOfHeader));
    for (ColumnReport column : report.columns()) {
      found.merge(
          column.header().strip(),
          CATEGORY_OF_TYPE.getOrDefault(column.type(), ""),
          (known, typed) -> known.isEmpty() ? typed : known);
    }
    Set<String> categories = new LinkedHashSet<>();
    found.forEach(
        (header, category) -> {
          if (category.isEmpty()) {
            return;
          }
          categories.add(category);
          if (!agreement.permittedCategories().contains(category)) {
            problems.add(
                new ExtractCheck.Problem(
                    "COLUMN_NOT_PERMITTED",
                    "column '"
                        + header
                        + "' holds "
                        + category
                        + ", which agreement "
                        + agreementCode
                        + " does not permit"));
          }
        });
    ExtractRules rules = agreement.extracts();
    Set<String> seen = new HashSet<>();
    List<String> unknown = new ArrayList<>();
    int outside = 0;
    for (String pay : payNumbers) {
      String key = pay.strip().toUpperCase(Locale.ROOT);
      if (key.isEmpty() || !seen.add(key)) {
        continue;
      }
      var person = register.findPerson(pay.strip());
      if (person.isEmpty()) {
        unknown.add(pay.strip());
      } else if (rules != null && !ExtractAllowance.allows(rules, person.get())) {
        outside++;
      }
    }
    if (outside > 0) {
      problems.add(
          new ExtractCheck.Problem(
              "PEOPLE_OUTSIDE_RULE",
              outside
                  + " people are outside the agreement's people rule ("
                  + rules.describe()
                  + ")"));
    }
    problems.addAll(againstRules(agreement, rules, name, seen.size()));
    if (!unknown.isEmpty()) {
      problems.add(
          new ExtractCheck.Problem(
              "PEOPLE_NOT_KNOWN",
              unknown.size()
                  + " pay numbers are nobody in the register (first: "
                  + unknown.get(0)
                  + "): the file names people outside the agreed set"));
    }
    // Naming the force's people is the point of an extract; what must not travel with it is
    // anything hidden, so of the guard's findings only hidden content blocks here.
    for (Finding finding : report.findings()) {
      if (HIDDEN.contains(finding.code()) && finding.verdict() != Verdict.PASS) {
        problems.add(
            new ExtractCheck.Problem(
                finding.code(), finding.detail() + " (" + finding.location() + ")"));
      }
    }
    return new ExtractCheck(agreementCode, sha256, problems, report, payNumbers, categories);
  }

  private ExtractCheck withCanaries(
      ExtractCheck check, String name, byte[] content, ExtractTable table, String by) {
    List<RecordedExtract> sighted = exports.trace(name, content, table.rows(), by).sighted();
    if (sighted.isEmpty()) {
      return check;
    }
    List<ExtractCheck.Problem> problems = new ArrayList<>(check.problems());
    for (RecordedExtract extract : sighted) {
      problems.add(
          new ExtractCheck.Problem(
              "CANARY_SIGHTED",
              "the file carries the canaries of extract "
                  + extract.id()
                  + ", sent to "
                  + extract.party()
                  + " on "
                  + LocalDate.ofInstant(extract.madeAt(), ZoneOffset.UTC)
                  + ": it is a copy of that extract, and the sighting is recorded as a breach"
                  + " signal"));
    }
    return new ExtractCheck(
        check.agreement(),
        check.sha256(),
        problems,
        check.inspection(),
        check.payNumbers(),
        check.categories());
  }

  /** The file against the agreement's rules: stated at all, format, size and frequency. */
  private List<ExtractCheck.Problem> againstRules(
      Agreement agreement, @Nullable ExtractRules rules, String name, int people) {
    if (rules == null) {
      return List.of(
          new ExtractCheck.Problem(
              "NO_EXTRACT_RULES",
              "agreement "
                  + agreement.code()
                  + " states no extract rules (whom, how many, how often, which formats)"));
    }
    return allowance.overLimits(
        agreement, rules, people, ExtractFormat.ofFileName(name).orElse(null), clock.instant());
  }

  /** The category of a column Warden's own extracts name this way; empty when unknown. */
  private static String categoryOfHeader(String header) {
    String key = header.toLowerCase(Locale.ROOT).replace(' ', '_');
    for (ExtractColumns.Column known : ExtractColumns.all()) {
      if (known.header().equals(key)) {
        return known.category();
      }
    }
    return "";
  }
}
