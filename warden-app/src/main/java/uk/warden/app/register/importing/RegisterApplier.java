package uk.warden.app.register.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.warden.app.custody.store.TransferStore;
import uk.warden.app.register.CustodyHistory;
import uk.warden.app.register.store.AgreementStore;
import uk.warden.app.register.store.PartyStore;
import uk.warden.app.register.store.SystemStore;
import uk.warden.app.register.store.UnitStore;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.Party;
import uk.warden.core.register.Unit;
import uk.warden.core.register.ascode.Action;
import uk.warden.core.register.ascode.EntityType;
import uk.warden.core.register.ascode.RegisterChange;
import uk.warden.core.register.ascode.RegisterPlan;
import uk.warden.core.register.ascode.RegisterPlanner;
import uk.warden.core.register.ascode.RegisterSpec;
import uk.warden.core.register.ascode.RegisterYaml;

/**
 * The register as code: compares a YAML description of units, parties, systems and agreements with
 * the store and applies the difference in one transaction. Applying the same file twice changes
 * nothing the second time.
 */
@Service
public class RegisterApplier {

  private final UnitStore units;
  private final PartyStore parties;
  private final SystemStore systems;
  private final AgreementStore agreements;
  private final ImportHistory history;
  private final TransactionTemplate transactions;

  private final TransferStore custody;

  public RegisterApplier(
      UnitStore units,
      PartyStore parties,
      SystemStore systems,
      AgreementStore agreements,
      TransferStore custody,
      ImportHistory history,
      TransactionTemplate transactions) {
    this.custody = custody;
    this.units = units;
    this.parties = parties;
    this.systems = systems;
    this.agreements = agreements;
    this.history = history;
    this.transactions = transactions;
  }

  /** The register as the store holds it now. */
  @Transactional(readOnly = true)
  public RegisterSpec current() {
    return new RegisterSpec(units.all(), parties.all(), systems.all(), agreements.all());
  }

  public RegisterSpec read(String sourceName, InputStream in) {
    return RegisterYaml.read(sourceName, in);
  }

  @Transactional(readOnly = true)
  public RegisterPlan plan(RegisterSpec desired) {
    return RegisterPlanner.plan(current(), desired);
  }

  /** Applies a file, recording the outcome (refused files too) in the import history. */
  public RegisterPlan apply(String sourceName, InputStream in, String user) {
    RegisterSpec desired;
    try {
      desired = read(sourceName, in);
    } catch (BadInputException e) {
      history.refused("register", sourceName, user, e.getMessage());
      throw e;
    }
    RegisterPlan plan = apply(desired);
    history.record(
        "register",
        sourceName,
        user,
        "APPLIED",
        0,
        plan.toAdd(),
        plan.toChange(),
        plan.toRemove(),
        null);
    return plan;
  }

  /** Plans against the store and applies the plan in one transaction: all of it or nothing. */
  public RegisterPlan apply(RegisterSpec desired) {
    return transactions.execute(
        status -> {
          RegisterPlan plan = RegisterPlanner.plan(current(), desired);
          keepPartiesWithHistory(plan);
          plan.changes().forEach(this::apply);
          return plan;
        });
  }

  private void keepPartiesWithHistory(RegisterPlan plan) {
    Set<String> kept = custody.partiesWithHistory();
    List<InputProblem> problems = new ArrayList<>();
    for (RegisterChange change : plan.changes()) {
      if (change.action() == Action.REMOVE
          && change.type() == EntityType.PARTY
          && kept.contains(change.code())) {
        problems.add(InputProblem.file("register", CustodyHistory.keeps(change.code())));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }

  private void apply(RegisterChange change) {
    switch (change.action()) {
      case ADD -> add(change);
      case CHANGE -> update(change);
      case REMOVE -> remove(change);
    }
  }

  private void add(RegisterChange change) {
    switch (change.type()) {
      case UNIT -> units.save(change.desiredAs(Unit.class));
      case PARTY -> parties.insert(change.desiredAs(Party.class));
      case SYSTEM -> systems.insert(change.desiredAs(DataSystem.class));
      case AGREEMENT -> agreements.insert(change.desiredAs(Agreement.class));
    }
  }

  private void update(RegisterChange change) {
    switch (change.type()) {
      case UNIT -> units.save(change.desiredAs(Unit.class));
      case PARTY -> parties.update(change.desiredAs(Party.class));
      case SYSTEM -> systems.update(change.desiredAs(DataSystem.class));
      case AGREEMENT -> agreements.update(change.desiredAs(Agreement.class));
    }
  }

  private void remove(RegisterChange change) {
    switch (change.type()) {
      case UNIT -> units.delete(change.code());
      case PARTY -> parties.delete(change.code());
      case SYSTEM -> systems.delete(change.code());
      case AGREEMENT -> agreements.delete(change.code());
    }
  }
}
