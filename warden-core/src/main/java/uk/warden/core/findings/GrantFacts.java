package uk.warden.core.findings;

import java.time.LocalDate;
import java.time.ZoneId;
import uk.warden.core.access.Grant;
import uk.warden.core.access.Principal;
import uk.warden.core.register.DataSystem;

/** The evidence every grant finding shows: the grant, its holder, its system and its reach. */
final class GrantFacts {

  private GrantFacts() {}

  static Facts of(Grant grant, FindingsInput input) {
    AccessView view = input.accessView();
    Facts facts = Facts.of().add("grant", "Grant", grant.id());
    Principal holder = input.access().principal(grant.holderId()).orElse(null);
    facts.add("holder", "Held by", grant.holderId());
    if (holder != null) {
      facts.add("holderKind", "Holder kind", holder.kind());
      if (holder.payNumber() != null) {
        facts.add("payNumber", "Pay number", holder.payNumber());
      }
      if (holder.partyCode() != null) {
        facts.add("party", "Supplier", holder.partyCode());
      }
    }
    if (view.heldByGroup(grant)) {
      facts.add("peopleReached", "People reached through the group", view.reach(grant));
    }
    facts.add("system", "System", grant.systemCode());
    DataSystem system = input.system(grant.systemCode()).orElse(null);
    if (system != null) {
      facts.add("systemName", "System name", system.name());
      facts.add("marking", "Marking", system.marking().label());
    }
    facts.add("accessType", "Access", grant.type());
    facts.add(
        "categories",
        "Categories reached",
        grant.categories().isEmpty() ? "every category the system holds" : grant.categories());
    facts.add("grantedOn", "Granted on", day(grant.grantedAt(), input.zone()));
    if (grant.expiresAt() != null) {
      facts.add("expiresOn", "Expires on", day(grant.expiresAt(), input.zone()));
    }
    return facts;
  }

  /** "READ on Payroll (payroll)", for summaries. */
  static String access(Grant grant, FindingsInput input) {
    String system =
        input
            .system(grant.systemCode())
            .map(s -> s.name() + " (" + s.code() + ")")
            .orElse(grant.systemCode());
    return grant.type() + " on " + system;
  }

  static LocalDate day(java.time.Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate();
  }
}
