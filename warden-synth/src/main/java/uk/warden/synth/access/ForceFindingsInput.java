package uk.warden.synth.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.warden.core.access.AccessVolumes;
import uk.warden.core.custody.CustodyLedger;
import uk.warden.core.custody.RetentionRules;
import uk.warden.core.findings.FindingsInput;
import uk.warden.core.findings.PartyHoldings;
import uk.warden.core.register.Party;
import uk.warden.core.register.Person;
import uk.warden.synth.SyntheticForce;

/**
 * The findings snapshot of a synthetic force and its access, assembled as the app assembles it from
 * its store: the register, every person, the custody ledger's holdings at the evaluation instant,
 * the directory and the volumes of the access events.
 */
public final class ForceFindingsInput {

  private ForceFindingsInput() {}

  /** With custody holdings from the force's three-year history (a few seconds for 45,000). */
  public static FindingsInput of(SyntheticForce force, SyntheticAccess access) {
    return of(force, access, access.volumes(), true);
  }

  public static FindingsInput of(
      SyntheticForce force, SyntheticAccess access, AccessVolumes volumes, boolean withCustody) {
    Instant at = access.evaluatedAt();
    List<Person> people = new ArrayList<>(force.spec().people());
    force.forEachPerson(people::add);
    FindingsInput.Builder input =
        FindingsInput.builder(at, SyntheticAccess.ZONE)
            .register(force.parties(), force.systems(), force.agreements())
            .people(people)
            .access(access.directory())
            .volumes(volumes);
    if (withCustody) {
      CustodyLedger ledger =
          force
              .custody(1)
              .ledger(RetentionRules.fromAgreements(force.agreements(), SyntheticAccess.ZONE));
      input.holdings(
          PartyHoldings.from(ledger, force.parties().stream().map(Party::code).toList(), at));
    }
    return input.build();
  }
}
