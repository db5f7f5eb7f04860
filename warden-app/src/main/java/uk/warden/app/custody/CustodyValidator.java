package uk.warden.app.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.warden.app.register.store.AgreementStore;
import uk.warden.app.register.store.PartyStore;
import uk.warden.app.register.store.PersonStore;
import uk.warden.app.register.store.SystemStore;
import uk.warden.core.custody.Deletion;
import uk.warden.core.custody.DeletionScope;
import uk.warden.core.custody.PersonSet;
import uk.warden.core.custody.Transfer;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.importing.PayNumberList;

/**
 * Checks a transfer or deletion against the register before anything is written, collecting every
 * problem at once: unknown party, systems, agreement, categories and every unknown pay number (up
 * to {@link #MAX_LISTED}, then a count), so a user fixes a file in one round.
 */
@Component
class CustodyValidator {

  static final String REQUEST = "request";
  static final int MAX_LISTED = 1000;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  private final PartyStore parties;
  private final SystemStore systems;
  private final AgreementStore agreements;
  private final PersonStore people;

  CustodyValidator(
      PartyStore parties, SystemStore systems, AgreementStore agreements, PersonStore people) {
    this.parties = parties;
    this.systems = systems;
    this.agreements = agreements;
    this.people = people;
  }

  Transfer transfer(long id, TransferRequest request, Instant now) {
    List<InputProblem> problems = new ArrayList<>();
    String source = request.source();
    Instant at = when(source, request.at(), now, problems);
    boolean partyKnown = party(source, "toParty", request.toParty(), problems);
    system(source, "fromSystem", request.fromSystem(), problems);
    system(source, "toSystem", request.toSystem(), problems);
    if (request.agreement() != null) {
      Optional<Agreement> agreement = agreements.find(request.agreement());
      if (agreement.isEmpty()) {
        problems.add(field(source, "agreement", "unknown agreement '" + request.agreement() + "'"));
      } else if (partyKnown && !agreement.get().partyCode().equals(request.toParty())) {
        problems.add(
            field(
                source,
                "agreement",
                "agreement '"
                    + request.agreement()
                    + "' is with "
                    + agreement.get().partyCode()
                    + ", not "
                    + request.toParty()));
      }
    }
    if (request.categories().isEmpty()) {
      problems.add(field(source, "categories", "name at least one data category"));
    }
    for (String key : DataTaxonomy.standard().unknown(request.categories())) {
      problems.add(field(source, "categories", "unknown data category '" + key + "'"));
    }
    if (request.method() == null) {
      problems.add(
          field(source, "method", "say how it was sent: FILE, API, PORTAL, PRINT_BUREAU or OTHER"));
    }
    if (request.sha256() != null && !SHA256.matcher(request.sha256()).matches()) {
      problems.add(field(source, "sha256", "not a SHA-256 fingerprint (64 hexadecimal digits)"));
    }
    PersonSet resolved = resolve(source, request.people(), problems);
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new Transfer(
        id,
        at,
        request.fromSystem(),
        request.toParty(),
        request.toSystem(),
        request.agreement(),
        request.categories(),
        resolved,
        request.method(),
        request.sha256(),
        request.approvedBy());
  }

  Deletion deletion(
      long id, DeletionRequest request, Instant now, LongFunction<Optional<Transfer>> transfers) {
    List<InputProblem> problems = new ArrayList<>();
    String source = request.source();
    Instant at = when(source, request.at(), now, problems);
    boolean partyKnown = party(source, "party", request.party(), problems);
    if (request.evidence() == null || request.evidence().isBlank()) {
      problems.add(
          field(
              source,
              "evidence",
              "give the evidence of destruction, e.g. the destruction certificate reference"));
    }
    if (request.transferId() != null && !request.people().isEmpty()) {
      problems.add(field(source, "scope", "name either one transfer or people, not both"));
    }
    DeletionScope scope = new DeletionScope.All();
    if (request.transferId() != null) {
      scope = new DeletionScope.OneTransfer(request.transferId());
      Transfer transfer = transfers.apply(request.transferId()).orElse(null);
      if (transfer == null) {
        problems.add(field(source, "transfer", "no transfer " + request.transferId()));
      } else if (partyKnown && !transfer.toParty().equals(request.party())) {
        problems.add(
            field(
                source,
                "transfer",
                "transfer " + transfer.id() + " went to " + transfer.toParty() + ", not here"));
      } else if (at != null && transfer.at().isAfter(at)) {
        problems.add(
            field(source, "at", "the deletion predates transfer " + transfer.id() + " it covers"));
      }
    } else if (!request.people().isEmpty()) {
      scope = new DeletionScope.People(resolve(source, request.people(), problems));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new Deletion(id, request.party(), at, scope, request.evidence().strip());
  }

  private static @Nullable Instant when(
      String source, @Nullable Instant at, Instant now, List<InputProblem> problems) {
    if (at == null) {
      problems.add(field(source, "at", "say when it happened (e.g. 2026-03-31T14:00:00Z)"));
      return null;
    }
    if (at.isAfter(now)) {
      problems.add(field(source, "at", "is in the future: record what has happened"));
    }
    return at;
  }

  private boolean party(
      String source, String name, @Nullable String code, List<InputProblem> problems) {
    if (code == null || code.isBlank()) {
      problems.add(field(source, name, "name the party"));
      return false;
    }
    if (!parties.exists(code)) {
      problems.add(field(source, name, "unknown party '" + code + "'"));
      return false;
    }
    return true;
  }

  private void system(
      String source, String name, @Nullable String code, List<InputProblem> problems) {
    if (code != null && systems.find(code).isEmpty()) {
      problems.add(field(source, name, "unknown system '" + code + "'"));
    }
  }

  /** Pay numbers to person ids; unknown ones are problems, named with their row or position. */
  private PersonSet resolve(
      String source, List<PayNumberList.Entry> entries, List<InputProblem> problems) {
    if (entries.isEmpty()) {
      problems.add(field(source, "people", "list the people by pay number"));
      return PersonSet.empty();
    }
    Map<String, Integer> ids = people.idsByPayNumber();
    PersonSet.Builder found = PersonSet.builder();
    int unknown = 0;
    for (PayNumberList.Entry entry : entries) {
      Integer id = ids.get(entry.payNumber().toLowerCase(Locale.ROOT));
      if (id != null) {
        found.add(id);
        continue;
      }
      if (++unknown <= MAX_LISTED) {
        String reason = "unknown pay number '" + entry.payNumber() + "'";
        problems.add(
            REQUEST.equals(source)
                ? field(source, "payNumbers[" + (entry.row() - 1) + "]", reason)
                : InputProblem.at(source, entry.row(), "pay_number", reason));
      }
    }
    if (unknown > MAX_LISTED) {
      problems.add(
          InputProblem.file(
              source, (unknown - MAX_LISTED) + " more unknown pay numbers not listed here"));
    }
    return found.build();
  }

  private static InputProblem field(String source, String field, String reason) {
    return InputProblem.field(source, field, reason);
  }
}
