package uk.warden.app.breach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.warden.app.register.store.SystemStore;
import uk.warden.core.breach.BreachType;
import uk.warden.core.breach.ExposureWindow;
import uk.warden.core.breach.Incident;
import uk.warden.core.breach.NoNotificationDecision;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;
import uk.warden.core.register.DataTaxonomy;

/** Turns a request into an incident, or refuses it listing every problem. */
@Component
class IncidentValidator {

  static final String SOURCE = "incident";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

  private final PartyNames partyNames;
  private final SystemStore systems;

  IncidentValidator(PartyNames partyNames, SystemStore systems) {
    this.partyNames = partyNames;
    this.systems = systems;
  }

  Incident incident(String id, IncidentRequest r) {
    List<InputProblem> problems = new ArrayList<>();
    if (!ID.matcher(id).matches()) {
      problems.add(problem("id", "use letters, digits, '.', '_' or '-' (at most 63)"));
    }
    if (r.title() == null || r.title().isBlank()) {
      problems.add(problem("title", "give the incident a title"));
    }
    Set<String> parties = new LinkedHashSet<>();
    if (r.parties().isEmpty()) {
      problems.add(problem("parties", "name at least one compromised party"));
    }
    for (String reference : r.parties()) {
      PartyNames.Resolution found = partyNames.resolve(reference);
      if (found.found()) {
        parties.add(found.code());
      } else {
        problems.add(problem("parties", found.problem()));
      }
    }
    for (String system : r.systems()) {
      if (systems.find(system).isEmpty()) {
        problems.add(problem("systems", "unknown system '" + system + "'"));
      }
    }
    for (String key : DataTaxonomy.standard().unknown(r.categories())) {
      problems.add(problem("categories", "unknown data category '" + key + "'"));
    }
    if (r.from() != null && r.to() != null && r.to().isBefore(r.from())) {
      problems.add(problem("to", "the window ends before it starts"));
    }
    if (r.awareAt() == null) {
      problems.add(
          problem("awareAt", "say when the force became aware: it starts the 72-hour clock"));
    }
    NoNotificationDecision decision = decision(r, problems);
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    Instant aware = r.awareAt();
    return new Incident(
        id,
        r.title().strip(),
        r.type() == null ? BreachType.CONFIDENTIALITY : r.type(),
        parties,
        Set.copyOf(r.systems()),
        Set.copyOf(r.categories()),
        new ExposureWindow(r.from(), r.to()),
        r.discoveredAt() == null ? aware : r.discoveredAt(),
        aware,
        r.icoNotifiedAt(),
        r.reasonForDelay(),
        decision);
  }

  /** A decision not to notify is recorded whole (rationale and approver) or not at all. */
  private static @Nullable NoNotificationDecision decision(
      IncidentRequest r, List<InputProblem> problems) {
    boolean rationale = r.noNotifyRationale() != null && !r.noNotifyRationale().isBlank();
    boolean approver = r.noNotifyApprover() != null && !r.noNotifyApprover().isBlank();
    if (!rationale && !approver) {
      return null;
    }
    if (!rationale || !approver) {
      problems.add(
          problem(
              rationale ? "noNotifyApprover" : "noNotifyRationale",
              "a decision not to notify needs both its rationale and who approved it"));
      return null;
    }
    Instant decided = r.noNotifyDecidedAt() != null ? r.noNotifyDecidedAt() : r.awareAt();
    if (decided == null) {
      return null;
    }
    return new NoNotificationDecision(r.noNotifyRationale(), r.noNotifyApprover(), decided);
  }

  private static InputProblem problem(String field, String reason) {
    return InputProblem.field(SOURCE, field, reason);
  }
}
