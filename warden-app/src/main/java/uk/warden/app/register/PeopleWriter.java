package uk.warden.app.register;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.warden.app.register.store.PersonStore;
import uk.warden.app.register.store.RankStore;
import uk.warden.app.register.store.UnitStore;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Person;
import uk.warden.core.register.Rank;
import uk.warden.core.register.Unit;

/**
 * Writes people in bulk: new pay numbers get the next dense ids, known ones keep theirs and are
 * updated. Callers hold the transaction, so a refused import leaves nothing behind.
 */
@Service
public class PeopleWriter {

  /** How many people were added and how many updated. */
  public record Outcome(int added, int updated) {}

  private static final int CHUNK = 10_000;

  private final PersonStore people;
  private final UnitStore units;
  private final RankStore ranks;
  private final TransactionTemplate transactions;

  public PeopleWriter(
      PersonStore people, UnitStore units, RankStore ranks, TransactionTemplate transactions) {
    this.people = people;
    this.units = units;
    this.ranks = ranks;
    this.transactions = transactions;
  }

  @Transactional
  public Outcome upsert(Collection<Person> incoming) {
    checkRanks(incoming);
    Map<String, Integer> known = people.idsByPayNumber();
    int next = people.nextId();
    List<Person> added = new ArrayList<>();
    List<Person> updated = new ArrayList<>();
    for (Person person : incoming) {
      Integer id = known.get(person.payNumber().toLowerCase(Locale.ROOT));
      if (id == null) {
        added.add(person.withId(next++));
      } else {
        updated.add(person.withId(id));
      }
    }
    ensureUnits(incoming);
    people.insertAll(added);
    people.updateAll(updated);
    return new Outcome(added.size(), updated.size());
  }

  /**
   * Loads a stream of new people (a generated force) without holding them all in memory, committing
   * every chunk: one transaction over a million people makes the embedded store keep every
   * intermediate version and grow to many gigabytes. Pay numbers must not exist yet; a load that
   * fails part-way leaves the chunks before it, which is why only generation into an empty store
   * uses this.
   */
  public int addAll(Consumer<Consumer<Person>> source) {
    int[] next = {people.nextId()};
    return addInChunks(source, person -> person.withId(next[0]++));
  }

  /**
   * Loads a stream of new people who already carry their ids, committing every chunk as {@link
   * #addAll} does: a generated ledger whose person sets were built over those ids before the store
   * saw them. The ids must be free; the same caveats apply.
   */
  public int addNumbered(Consumer<Consumer<Person>> source) {
    return addInChunks(
        source,
        person -> {
          if (person.id() == null) {
            throw new IllegalArgumentException("a numbered load needs every person's id");
          }
          return person;
        });
  }

  private int addInChunks(Consumer<Consumer<Person>> source, UnaryOperator<Person> numbering) {
    List<Person> chunk = new ArrayList<>(CHUNK);
    int[] count = {0};
    Runnable flush =
        () -> {
          transactions.executeWithoutResult(status -> people.insertAll(chunk));
          count[0] += chunk.size();
          chunk.clear();
        };
    people.withoutTermIndex(
        () -> {
          source.accept(
              person -> {
                chunk.add(numbering.apply(person));
                if (chunk.size() == CHUNK) {
                  flush.run();
                }
              });
          flush.run();
        });
    return count[0];
  }

  /** Ranks must be in the force's table: the store's foreign key would refuse them less clearly. */
  private void checkRanks(Collection<Person> incoming) {
    Set<String> known = ranks.all().stream().map(Rank::code).collect(Collectors.toSet());
    Set<String> unknown = new TreeSet<>();
    for (Person person : incoming) {
      if (person.rankCode() != null && !known.contains(person.rankCode())) {
        unknown.add(person.rankCode());
      }
    }
    if (!unknown.isEmpty()) {
      throw new BadInputException(
          InputProblem.field(
              "request",
              "rankCode",
              "not in the force's rank table: " + String.join(", ", unknown)));
    }
  }

  /** Units named by people but not yet registered are created with their code as name. */
  private void ensureUnits(Collection<Person> incoming) {
    Set<String> registered = units.all().stream().map(Unit::code).collect(Collectors.toSet());
    incoming.stream()
        .map(Person::unitCode)
        .filter(code -> code != null && !registered.contains(code))
        .distinct()
        .forEach(code -> units.save(new Unit(code, code, Set.of())));
  }
}
