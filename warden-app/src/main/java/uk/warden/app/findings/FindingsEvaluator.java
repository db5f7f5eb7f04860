package uk.warden.app.findings;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.warden.app.access.store.AccessStore;
import uk.warden.app.custody.CustodyService;
import uk.warden.app.platform.ForceSettings;
import uk.warden.app.register.PersonFilter;
import uk.warden.app.register.RegisterService;
import uk.warden.core.findings.FindingsEngine;
import uk.warden.core.findings.FindingsInput;
import uk.warden.core.findings.PartyHoldings;
import uk.warden.core.findings.RuleSet;
import uk.warden.core.register.Party;
import uk.warden.core.register.Person;

/**
 * Assembles the engine's snapshot from the store (register, people, custody holdings, access
 * directory and volumes) and evaluates the rules: the standard ones, or a force's own file named by
 * {@code warden.findings.rules}, read at start so a broken file stops the start, not a page.
 */
@Component
public class FindingsEvaluator {

  private final RegisterService register;
  private final CustodyService custody;
  private final AccessStore access;
  private final ForceSettings force;
  private final FindingsEngine engine;

  public FindingsEvaluator(
      RegisterService register,
      CustodyService custody,
      AccessStore access,
      ForceSettings force,
      @Value("${warden.findings.rules:}") String rulesFile) {
    this.register = register;
    this.custody = custody;
    this.access = access;
    this.force = force;
    this.engine =
        new FindingsEngine(
            rulesFile.isBlank() ? RuleSet.standard() : RuleSet.fromFile(Path.of(rulesFile)));
  }

  /** Whether the register has the party now (an evaluation may be a few seconds older). */
  public boolean knowsParty(String code) {
    return register.parties().stream().anyMatch(p -> p.code().equals(code));
  }

  public boolean knowsSystem(String code) {
    return register.systems().stream().anyMatch(s -> s.code().equals(code));
  }

  /** The store as it is at {@code at}. */
  private FindingsInput input(Instant at) {
    List<Person> people = new ArrayList<>();
    register.forEachPerson(PersonFilter.ALL, people::add);
    List<Party> parties = register.parties();
    return FindingsInput.builder(at, force.zone())
        .taxonomy(register.taxonomy())
        .register(parties, register.systems(), register.agreements())
        .people(people)
        .holdings(
            PartyHoldings.from(custody.ledger(), parties.stream().map(Party::code).toList(), at))
        .access(access.directory())
        .volumes(access.volumes(force.zone()))
        .build();
  }

  public FindingsService.Evaluation evaluate(Instant at) {
    FindingsInput input = input(at);
    return new FindingsService.Evaluation(input, engine.evaluate(input), at);
  }
}
