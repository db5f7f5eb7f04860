package uk.warden.app.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.platform.Page;
import uk.warden.app.platform.PageRequest;
import uk.warden.app.register.store.AgreementStore;
import uk.warden.app.register.store.ImportRunStore;
import uk.warden.app.register.store.PartyStore;
import uk.warden.app.register.store.PersonStore;
import uk.warden.app.register.store.RankStore;
import uk.warden.app.register.store.SystemStore;
import uk.warden.app.register.store.UnitStore;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.HighRiskCombination;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.Person;
import uk.warden.core.register.PersonKind;
import uk.warden.core.register.Rank;
import uk.warden.core.register.Unit;

/** Reads of the register for the faces: people, parties, systems, agreements and the dashboard. */
@Service
@Transactional(readOnly = true)
public class RegisterService {

  /** The host filter value that selects systems run by the force itself. */
  public static final String IN_HOUSE = "in-house";

  private final PersonStore people;
  private final PartyStore parties;
  private final SystemStore systems;
  private final AgreementStore agreements;
  private final UnitStore units;
  private final RankStore ranks;
  private final RegisterValidator validator;
  private final JdbcTemplate jdbc;
  private final ImportRunStore importRuns;

  public RegisterService(
      PersonStore people,
      PartyStore parties,
      SystemStore systems,
      AgreementStore agreements,
      UnitStore units,
      RankStore ranks,
      RegisterValidator validator,
      JdbcTemplate jdbc,
      ImportRunStore importRuns) {
    this.people = people;
    this.parties = parties;
    this.systems = systems;
    this.agreements = agreements;
    this.units = units;
    this.ranks = ranks;
    this.validator = validator;
    this.jdbc = jdbc;
    this.importRuns = importRuns;
  }

  public DataTaxonomy taxonomy() {
    return DataTaxonomy.standard();
  }

  public List<Rank> ranks() {
    return ranks.all();
  }

  public List<Unit> units() {
    return units.all();
  }

  public Page<Person> searchPeople(PersonFilter filter, PageRequest page) {
    return people.search(filter, page);
  }

  public void forEachPerson(PersonFilter filter, java.util.function.Consumer<Person> sink) {
    people.forEach(filter, sink);
  }

  public Optional<Person> findPerson(String payNumber) {
    return people.findByPayNumber(payNumber);
  }

  public Person person(String payNumber) {
    return people
        .findByPayNumber(payNumber)
        .orElseThrow(() -> new NotFoundException("person", "no person with that pay number"));
  }

  /** Every system whose population includes the person, with its host. */
  public List<DataLocation> whereIsDataOf(Person person) {
    Map<String, Party> byCode = new LinkedHashMap<>();
    parties.all().forEach(p -> byCode.put(p.code(), p));
    List<DataLocation> locations = new ArrayList<>();
    for (DataSystem system : systems.all()) {
      if (system.population().includes(person)) {
        locations.add(
            new DataLocation(
                system, system.hostCode() == null ? null : byCode.get(system.hostCode())));
      }
    }
    return locations;
  }

  public List<Party> parties() {
    return parties.all();
  }

  /** Parties of a kind and/or whose code or name contains the text, a page at a time. */
  public Page<Party> findParties(
      @Nullable PartyKind kind, @Nullable String text, PageRequest page) {
    return Page.of(
        parties.all().stream()
            .filter(p -> kind == null || p.kind() == kind)
            .filter(p -> matches(text, p.code(), p.name()))
            .toList(),
        page);
  }

  /** Systems hosted by a party (or in-house for {@code "in-house"}) and/or matching the text. */
  public Page<DataSystem> findSystems(
      @Nullable String host, @Nullable String text, PageRequest page) {
    return Page.of(
        systems.all().stream()
            .filter(
                s ->
                    host == null
                        || host.equals(s.hostCode())
                        || (IN_HOUSE.equals(host) && s.inHouse()))
            .filter(s -> matches(text, s.code(), s.name()))
            .toList(),
        page);
  }

  /** Agreements with a party and/or active (or not) on a day, a page at a time. */
  public Page<Agreement> findAgreements(
      @Nullable String party, @Nullable Boolean active, LocalDate day, PageRequest page) {
    return Page.of(
        agreements.all().stream()
            .filter(a -> party == null || party.equals(a.partyCode()))
            .filter(a -> active == null || a.activeOn(day) == active)
            .toList(),
        page);
  }

  private static boolean matches(@Nullable String text, String code, String name) {
    if (text == null || text.isBlank()) {
      return true;
    }
    String needle = text.strip().toLowerCase(Locale.ROOT);
    return code.contains(needle) || name.toLowerCase(Locale.ROOT).contains(needle);
  }

  public Party party(String code) {
    return parties.find(code).orElseThrow(() -> new NotFoundException("party", "no party " + code));
  }

  public List<DataSystem> systems() {
    return systems.all();
  }

  public DataSystem system(String code) {
    return systems
        .find(code)
        .orElseThrow(() -> new NotFoundException("system", "no system " + code));
  }

  public List<Agreement> agreements() {
    return agreements.all();
  }

  public List<Agreement> agreementsOf(String partyCode) {
    return agreements.forParty(partyCode);
  }

  public Agreement agreement(String code) {
    return agreements
        .find(code)
        .orElseThrow(() -> new NotFoundException("agreement", "no agreement " + code));
  }

  @Transactional
  public Party saveParty(Party party, boolean create) {
    validator.checkParty(party, create);
    if (create) {
      parties.insert(party);
    } else {
      parties.update(party);
    }
    return party;
  }

  @Transactional
  public void deleteParty(String code) {
    party(code);
    validator.checkPartyUnused(code);
    parties.delete(code);
  }

  @Transactional
  public DataSystem saveSystem(DataSystem system, boolean create) {
    validator.checkSystem(system, create);
    if (create) {
      systems.insert(system);
    } else {
      systems.update(system);
    }
    return system;
  }

  @Transactional
  public void deleteSystem(String code) {
    system(code);
    systems.delete(code);
  }

  @Transactional
  public Agreement saveAgreement(Agreement agreement, boolean create) {
    validator.checkAgreement(agreement, create);
    if (create) {
      agreements.insert(agreement);
    } else {
      agreements.update(agreement);
    }
    return agreement;
  }

  @Transactional
  public void deleteAgreement(String code) {
    agreement(code);
    agreements.delete(code);
  }

  /** True when the store holds no people, parties or systems: a new store. */
  public boolean isEmpty() {
    return people.count() == 0 && parties.all().isEmpty() && systems.all().isEmpty();
  }

  public Dashboard dashboard() {
    PopulationCounter counter = new PopulationCounter(populationCounts());
    Map<String, Long> byKind = people.countBy("kind");
    long serving = counter.serving();
    List<DataSystem> allSystems = systems.all();
    List<PartyExposure> exposures = new ArrayList<>();
    for (Party party : parties.all()) {
      List<DataSystem> hosted =
          allSystems.stream().filter(s -> party.code().equals(s.hostCode())).toList();
      if (!hosted.isEmpty()) {
        exposures.add(exposure(party, hosted, counter));
      }
    }
    exposures.sort(Comparator.comparingLong(PartyExposure::people).reversed());
    return new Dashboard(
        people.count(),
        serving,
        parties.all().size(),
        allSystems.size(),
        agreements.all().size(),
        byKind,
        exposures.stream().limit(10).toList());
  }

  public PartyExposure exposure(String partyCode) {
    Party party = party(partyCode);
    return exposure(party, systems.hostedBy(partyCode), new PopulationCounter(populationCounts()));
  }

  private PartyExposure exposure(Party party, List<DataSystem> hosted, PopulationCounter counter) {
    Set<String> categories = new TreeSet<>();
    Marking highest = null;
    for (DataSystem system : hosted) {
      categories.addAll(system.categories());
      if (highest == null || Marking.BY_PROTECTION.compare(system.marking(), highest) > 0) {
        highest = system.marking();
      }
    }
    return new PartyExposure(
        party,
        hosted,
        counter.reach(hosted),
        highest,
        HighRiskCombination.of(categories, DataTaxonomy.standard()));
  }

  /** People counted by kind and by whether they have left: enough to size any population. */
  private Map<PersonKind, long[]> populationCounts() {
    Map<PersonKind, long[]> counts = new EnumMap<>(PersonKind.class);
    jdbc.query(
        "SELECT kind, status, COUNT(*) FROM person GROUP BY kind, status",
        rs -> {
          long[] pair =
              counts.computeIfAbsent(PersonKind.valueOf(rs.getString(1)), k -> new long[2]);
          boolean left = EmploymentStatus.LEFT.name().equals(rs.getString(2));
          pair[left ? 1 : 0] += rs.getLong(3);
        });
    return counts;
  }

  public List<ImportRun> importHistory(int limit) {
    return importRuns.recent(limit);
  }

  public Optional<Unit> unit(String code) {
    return units.find(code);
  }
}
