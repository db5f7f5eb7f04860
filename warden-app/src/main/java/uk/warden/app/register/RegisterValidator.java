package uk.warden.app.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.warden.app.custody.store.TransferStore;
import uk.warden.app.platform.NotFoundException;
import uk.warden.app.register.store.AgreementStore;
import uk.warden.app.register.store.PartyStore;
import uk.warden.app.register.store.SystemStore;
import uk.warden.app.register.store.UnitStore;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.Party;
import uk.warden.core.register.PartyKind;

/**
 * Checks a single register entity against the rest of the store before it is written: codes that
 * must be new or must exist, references to parties, and category keys the taxonomy knows.
 */
@Component
class RegisterValidator {

  private static final String SOURCE = "request";

  private final PartyStore parties;
  private final SystemStore systems;
  private final AgreementStore agreements;
  private final TransferStore custody;
  private final UnitStore units;

  RegisterValidator(
      PartyStore parties,
      SystemStore systems,
      AgreementStore agreements,
      TransferStore custody,
      UnitStore units) {
    this.parties = parties;
    this.systems = systems;
    this.agreements = agreements;
    this.custody = custody;
    this.units = units;
  }

  void checkParty(Party party, boolean create) {
    List<InputProblem> problems = new ArrayList<>();
    existence(problems, "party", party.code(), parties.exists(party.code()), create);
    if (party.parentCode() != null) {
      parties
          .find(party.parentCode())
          .ifPresentOrElse(
              parent -> {
                if (parent.kind() != PartyKind.SUPPLIER || parent.code().equals(party.code())) {
                  problems.add(
                      InputProblem.field(
                          SOURCE, "parentCode", "the parent must be another supplier"));
                }
              },
              () ->
                  problems.add(
                      InputProblem.field(
                          SOURCE, "parentCode", "unknown party " + party.parentCode())));
    }
    throwIfAny(problems);
  }

  void checkPartyUnused(String code) {
    boolean hosts = !systems.hostedBy(code).isEmpty();
    boolean agreed = !agreements.forParty(code).isEmpty();
    boolean parent = parties.all().stream().anyMatch(p -> code.equals(p.parentCode()));
    if (hosts || agreed || parent) {
      throw new BadInputException(
          InputProblem.field(
              SOURCE,
              "code",
              "party "
                  + code
                  + " still has systems, agreements or sub-processors: remove those first"));
    }
    if (custody.partiesWithHistory().contains(code)) {
      throw new BadInputException(InputProblem.field(SOURCE, "code", CustodyHistory.keeps(code)));
    }
  }

  void checkSystem(DataSystem system, boolean create) {
    List<InputProblem> problems = new ArrayList<>();
    existence(problems, "system", system.code(), systems.find(system.code()).isPresent(), create);
    if (system.hostCode() != null && !parties.exists(system.hostCode())) {
      problems.add(InputProblem.field(SOURCE, "hostCode", "unknown party " + system.hostCode()));
    }
    categories(problems, system.categories());
    throwIfAny(problems);
  }

  void checkAgreement(Agreement agreement, boolean create) {
    List<InputProblem> problems = new ArrayList<>();
    existence(
        problems,
        "agreement",
        agreement.code(),
        agreements.find(agreement.code()).isPresent(),
        create);
    if (!parties.exists(agreement.partyCode())) {
      problems.add(
          InputProblem.field(SOURCE, "partyCode", "unknown party " + agreement.partyCode()));
    }
    categories(problems, agreement.permittedCategories());
    if (agreement.extracts() != null) {
      agreement.extracts().units().stream()
          .filter(unit -> units.find(unit).isEmpty())
          .forEach(
              unit ->
                  problems.add(
                      InputProblem.field(SOURCE, "extracts.units", "unknown unit " + unit)));
    }
    throwIfAny(problems);
  }

  private static void existence(
      List<InputProblem> problems, String what, String code, boolean exists, boolean create) {
    if (create && exists) {
      problems.add(InputProblem.field(SOURCE, "code", what + " " + code + " already exists"));
    }
    if (!create && !exists) {
      throw new NotFoundException(what, "no " + what + " " + code);
    }
  }

  private static void categories(List<InputProblem> problems, Set<String> keys) {
    Set<String> unknown = DataTaxonomy.standard().unknown(keys);
    if (!unknown.isEmpty()) {
      problems.add(
          InputProblem.field(
              SOURCE, "categories", "unknown category keys " + String.join(", ", unknown)));
    }
  }

  private static void throwIfAny(List<InputProblem> problems) {
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }
}
