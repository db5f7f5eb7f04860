package uk.warden.synth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.warden.core.breach.PersonAttributes;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.custody.Transfer;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.Assurance;
import uk.warden.core.register.CyberEssentials;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.Population;
import uk.warden.core.register.Regime;
import uk.warden.core.register.Unit;
import uk.warden.core.register.ascode.RegisterSpec;

/**
 * The register a store needs to hold {@link SyntheticLedger}'s custody: every unit its people are
 * posted to, every party that received anything, the systems transfers name and the agreements
 * whose retention lapses.
 *
 * <p>The ledger's retention lapses fall at any quarter of a day (a share of five years), but an
 * agreement can only say the last day its data may be kept, which lapses at the next midnight in
 * the force's zone. Each lapse is moved to the nearest such midnight, so it is at most twelve hours
 * (thirteen across a clock change) from the ledger's.
 *
 * <p>The ledger sends the national suppliers' files to three shared platforms; a system has one
 * host, so they are registered as hosted by the card bureau that receives the full load.
 */
final class LedgerRegister {

  static final String SOURCE_SYSTEM = "hr-core";

  // Each party's main feed is its index modulo the six feeds (see LedgerCustody.FEEDS), so the
  // service it provides follows from the same index.
  private static final String[] SERVICES = {
    "Rostering", "Identity Cards", "Payroll", "Mail and Directory", "Training", "Pensions"
  };
  private static final LocalDate AGREEMENTS_START = LocalDate.of(2019, 4, 1);
  private static final int RETENTION_MONTHS = 6;

  private LedgerRegister() {}

  static RegisterSpec of(
      List<Transfer> transfers,
      PersonAttributes attributes,
      RetentionRules retention,
      LocalDate asOf,
      ZoneId zone) {
    Map<String, Set<String>> categoriesByAgreement = new TreeMap<>();
    Map<String, String> partyOfAgreement = new HashMap<>();
    Map<String, List<PersonSet>> sentToSystem = new TreeMap<>();
    Map<String, Set<String>> categoriesBySystem = new HashMap<>();
    Set<String> allCategories = new TreeSet<>();
    Set<String> receivers = new TreeSet<>();
    for (Transfer transfer : transfers) {
      receivers.add(transfer.toParty());
      allCategories.addAll(transfer.categories());
      if (transfer.toSystem() != null) {
        sentToSystem
            .computeIfAbsent(transfer.toSystem(), k -> new ArrayList<>())
            .add(transfer.people());
        categoriesBySystem
            .computeIfAbsent(transfer.toSystem(), k -> new TreeSet<>())
            .addAll(transfer.categories());
      }
      if (transfer.agreement() != null) {
        categoriesByAgreement
            .computeIfAbsent(transfer.agreement(), k -> new TreeSet<>())
            .addAll(transfer.categories());
        partyOfAgreement.put(transfer.agreement(), transfer.toParty());
      }
    }
    List<Party> parties = new ArrayList<>();
    for (int p = 0; p < LedgerCustody.PARTIES; p++) {
      String code = LedgerCustody.party(p);
      if (receivers.contains(code)) {
        parties.add(party(p, code, asOf));
      }
    }
    String bureau = LedgerCustody.party(LedgerCustody.FULL_LOAD_PARTY);
    List<DataSystem> systems = new ArrayList<>();
    systems.add(
        new DataSystem(
            SOURCE_SYSTEM,
            "HR core system",
            null,
            allCategories,
            Marking.OFFICIAL_SENSITIVE,
            attributes.registered().size(),
            Population.WHOLE_WORKFORCE,
            "Head of HR"));
    sentToSystem.forEach(
        (code, sent) ->
            systems.add(
                new DataSystem(
                    code,
                    "Shared national platform " + code.substring(code.indexOf('-') + 1),
                    receivers.contains(bureau) ? bureau : null,
                    categoriesBySystem.get(code),
                    Marking.OFFICIAL_SENSITIVE,
                    PersonSet.union(sent).size(),
                    Population.WHOLE_WORKFORCE,
                    null)));
    List<Agreement> agreements = new ArrayList<>();
    categoriesByAgreement.forEach(
        (code, categories) -> {
          Instant lapse = retention.lapseOf(code);
          if (lapse != null) {
            agreements.add(
                agreement(code, partyOfAgreement.get(code), categories, lastDay(lapse, zone)));
          }
        });
    return new RegisterSpec(units(attributes), parties, systems, agreements);
  }

  /**
   * The last day data may be kept so that the next midnight in {@code zone} is the one nearest
   * {@code lapse}.
   */
  static LocalDate lastDay(Instant lapse, ZoneId zone) {
    ZonedDateTime at = lapse.atZone(zone);
    Instant before = at.toLocalDate().atStartOfDay(zone).toInstant();
    Instant after = at.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    boolean nearerBefore =
        lapse.getEpochSecond() - before.getEpochSecond()
            <= after.getEpochSecond() - lapse.getEpochSecond();
    return nearerBefore ? at.toLocalDate().minusDays(1) : at.toLocalDate();
  }

  /**
   * The agreement ends six months before its last day and keeps data six months after, or ends on
   * the last day when six months back and forth do not land on it again (the 31st of a month).
   */
  private static Agreement agreement(
      String code, String party, Set<String> categories, LocalDate lastDay) {
    LocalDate end = lastDay.minusMonths(RETENTION_MONTHS);
    Integer months = RETENTION_MONTHS;
    if (!end.plusMonths(RETENTION_MONTHS).equals(lastDay)) {
      end = lastDay;
      months = 0;
    }
    return new Agreement(
        code,
        party,
        "Data sharing agreement " + code,
        "Provision of workforce services to the forces served",
        "UK GDPR Article 6(1)(e): public task",
        Regime.UK_GDPR,
        categories,
        AGREEMENTS_START,
        end,
        months,
        "Delete or return all force data at exit and certify its destruction");
  }

  /** Every supplier is certified and contracted alike: the ledger, not assurance, is measured. */
  private static Party party(int index, String code, LocalDate asOf) {
    boolean national = code.startsWith("national-");
    String name =
        index == LedgerCustody.FULL_LOAD_PARTY
            ? "National Warrant Card Bureau"
            : (national ? "National " : "Local ")
                + SERVICES[index % SERVICES.length]
                + " Provider "
                + index;
    return new Party(
        code,
        name,
        PartyKind.SUPPLIER,
        null,
        new Assurance(
            CyberEssentials.PLUS,
            asOf.plusDays(30 + index % 300),
            null,
            null,
            null,
            72,
            true,
            true,
            null,
            null,
            "UK"));
  }

  /** Every unit someone is posted to, in order of first appearance: "f12-u7" is force 12's. */
  private static List<Unit> units(PersonAttributes attributes) {
    Set<String> codes = new LinkedHashSet<>();
    for (int id = 0; id < attributes.bound(); id++) {
      @Nullable String unit = attributes.unit(id);
      if (unit != null && !unit.equals(PersonAttributes.UNRECORDED)) {
        codes.add(unit);
      }
    }
    List<Unit> units = new ArrayList<>(codes.size());
    for (String code : codes) {
      int dash = code.indexOf("-u");
      units.add(
          new Unit(
              code,
              "Force " + code.substring(1, dash) + " unit " + code.substring(dash + 2),
              Set.of()));
    }
    return units;
  }
}
