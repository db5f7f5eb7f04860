package uk.warden.core.findings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.warden.core.access.AccessDirectory;
import uk.warden.core.access.AccessVolumes;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.EmploymentStatus;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;
import uk.warden.core.register.Person;

/**
 * Everything the rules look at, frozen at one instant: the register (parties, systems, agreements),
 * the people principals are linked to, custody holdings per party where the ledger knows them, the
 * access directory and the access volumes.
 *
 * <p>Built with {@link #builder}; anything not given is empty, so a snapshot with only the register
 * evaluates the supplier rules and finds nothing about access. The serving workforce (the
 * denominator of "most of the workforce") is counted from the people given unless set.
 */
public final class FindingsInput {

  private final Instant at;
  private final ZoneId zone;
  private final LocalDate today;
  private final DataTaxonomy taxonomy;
  private final Map<String, Party> parties;
  private final Map<String, DataSystem> systems;
  private final List<Agreement> agreements;
  private final Map<String, Person> people;
  private final long servingWorkforce;
  private final Map<String, PartyHoldings> holdings;
  private final AccessDirectory access;
  private final AccessVolumes volumes;
  private final Map<String, PartyData> partyData;
  private @Nullable AccessView accessView;

  private FindingsInput(Builder builder) {
    this.at = builder.at;
    this.zone = builder.zone;
    this.today = at.atZone(zone).toLocalDate();
    this.taxonomy = builder.taxonomy;
    this.parties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.parties));
    this.systems = Collections.unmodifiableMap(new LinkedHashMap<>(builder.systems));
    this.agreements = List.copyOf(builder.agreements);
    this.people = Collections.unmodifiableMap(builder.people);
    this.servingWorkforce =
        builder.servingWorkforce >= 0 ? builder.servingWorkforce : builder.servingCounted;
    this.holdings = Map.copyOf(builder.holdings);
    this.access = builder.access;
    this.volumes = builder.volumes == null ? AccessVolumes.empty(zone) : builder.volumes;
    this.partyData = Collections.unmodifiableMap(derivePartyData());
  }

  public static Builder builder(Instant at, ZoneId zone) {
    return new Builder(at, zone);
  }

  public Instant at() {
    return at;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The evaluation day in the force's zone. */
  public LocalDate today() {
    return today;
  }

  public DataTaxonomy taxonomy() {
    return taxonomy;
  }

  public Collection<Party> parties() {
    return parties.values();
  }

  public Optional<Party> party(String code) {
    return Optional.ofNullable(parties.get(code));
  }

  public Collection<DataSystem> systems() {
    return systems.values();
  }

  public Optional<DataSystem> system(String code) {
    return Optional.ofNullable(systems.get(code));
  }

  public List<Agreement> agreements() {
    return agreements;
  }

  public Optional<Person> person(String payNumber) {
    return Optional.ofNullable(people.get(payNumber));
  }

  /** Serving people (not leavers): the denominator of workforce shares. */
  public long servingWorkforce() {
    return servingWorkforce;
  }

  public Optional<PartyHoldings> holdings(String party) {
    return Optional.ofNullable(holdings.get(party));
  }

  public AccessDirectory access() {
    return access;
  }

  public AccessVolumes volumes() {
    return volumes;
  }

  /** What each party holds and under what terms, in register order. */
  public Collection<PartyData> partyData() {
    return partyData.values();
  }

  public Optional<PartyData> partyData(String code) {
    return Optional.ofNullable(partyData.get(code));
  }

  synchronized AccessView accessView() {
    if (accessView == null) {
      accessView = new AccessView(this);
    }
    return accessView;
  }

  private Map<String, PartyData> derivePartyData() {
    Map<String, List<Agreement>> agreementsByParty = new HashMap<>();
    for (Agreement agreement : agreements) {
      agreementsByParty
          .computeIfAbsent(agreement.partyCode(), k -> new ArrayList<>())
          .add(agreement);
    }
    Map<String, List<DataSystem>> systemsByHost = new HashMap<>();
    for (DataSystem system : systems.values()) {
      if (system.hostCode() != null) {
        systemsByHost.computeIfAbsent(system.hostCode(), k -> new ArrayList<>()).add(system);
      }
    }
    Map<String, PartyData> data = new LinkedHashMap<>();
    for (Party party : parties.values()) {
      List<Agreement> covering =
          new ArrayList<>(agreementsByParty.getOrDefault(party.code(), List.of()));
      if (party.kind() == PartyKind.SUB_PROCESSOR && party.parentCode() != null) {
        covering.addAll(agreementsByParty.getOrDefault(party.parentCode(), List.of()));
      }
      List<DataSystem> hosted = systemsByHost.getOrDefault(party.code(), List.of());
      Set<String> categories = new TreeSet<>();
      long largestSystem = 0;
      for (DataSystem system : hosted) {
        categories.addAll(system.categories());
        largestSystem = Math.max(largestSystem, system.recordCount());
      }
      PartyHoldings held = holdings.get(party.code());
      if (held != null) {
        categories.addAll(held.peopleByCategory().keySet());
      }
      data.put(
          party.code(),
          new PartyData(
              party,
              covering,
              hosted,
              categories,
              held,
              held != null ? held.held() : largestSystem,
              held != null));
    }
    return data;
  }

  @Override
  public String toString() {
    return "FindingsInput[at="
        + at
        + ", parties="
        + parties.size()
        + ", systems="
        + systems.size()
        + ", "
        + access
        + ", "
        + volumes
        + "]";
  }

  /** Collects the snapshot; every part is optional. */
  public static final class Builder {

    private final Instant at;
    private final ZoneId zone;
    private DataTaxonomy taxonomy = DataTaxonomy.standard();
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final Map<String, DataSystem> systems = new LinkedHashMap<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private final Map<String, Person> people = new HashMap<>();
    private long servingCounted;
    private long servingWorkforce = -1;
    private final Map<String, PartyHoldings> holdings = new HashMap<>();
    private AccessDirectory access = AccessDirectory.empty();
    private @Nullable AccessVolumes volumes;

    private Builder(Instant at, ZoneId zone) {
      this.at = Objects.requireNonNull(at, "at");
      this.zone = Objects.requireNonNull(zone, "zone");
    }

    public Builder taxonomy(DataTaxonomy value) {
      this.taxonomy = Objects.requireNonNull(value, "taxonomy");
      return this;
    }

    public Builder register(
        Collection<Party> partyList,
        Collection<DataSystem> systemList,
        Collection<Agreement> agreementList) {
      partyList.forEach(p -> parties.put(p.code(), p));
      systemList.forEach(s -> systems.put(s.code(), s));
      agreements.addAll(agreementList);
      return this;
    }

    /**
     * People by pay number: at least those principals are linked to. Serving people are counted as
     * the workforce unless {@link #servingWorkforce} is set.
     */
    public Builder people(Iterable<? extends Person> persons) {
      for (Person person : persons) {
        if (people.put(person.payNumber(), person) == null
            && person.status() != EmploymentStatus.LEFT) {
          servingCounted++;
        }
      }
      return this;
    }

    /** The serving headcount, when the people given are only those linked to principals. */
    public Builder servingWorkforce(long headcount) {
      if (headcount < 0) {
        throw new IllegalArgumentException("a headcount cannot be negative");
      }
      this.servingWorkforce = headcount;
      return this;
    }

    /** Custody holdings per party at {@code at}; see {@link PartyHoldings#from}. */
    public Builder holdings(Map<String, PartyHoldings> byParty) {
      holdings.putAll(byParty);
      return this;
    }

    public Builder access(AccessDirectory directory) {
      this.access = Objects.requireNonNull(directory, "directory");
      return this;
    }

    public Builder volumes(AccessVolumes value) {
      this.volumes = Objects.requireNonNull(value, "volumes");
      return this;
    }

    public FindingsInput build() {
      return new FindingsInput(this);
    }
  }
}
