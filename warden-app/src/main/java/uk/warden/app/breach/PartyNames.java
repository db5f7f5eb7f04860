package uk.warden.app.breach;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.warden.app.register.store.PartyStore;
import uk.warden.core.register.Party;

/**
 * Finds the party a person means: by its code, its full name, or a part of its name that only one
 * party has ("kestrel" for Kestrel Identity Cards Ltd), ignoring case. An ambiguous part names the
 * candidates so the user can choose.
 */
@Component
public class PartyNames {

  private final PartyStore parties;

  public PartyNames(PartyStore parties) {
    this.parties = parties;
  }

  /** The party's code, or why none could be chosen. */
  public Resolution resolve(String reference) {
    String wanted = reference.strip().toLowerCase(Locale.ROOT);
    List<Party> all = parties.all();
    Optional<Party> exact =
        all.stream()
            .filter(
                p ->
                    p.code().equalsIgnoreCase(wanted)
                        || p.name().toLowerCase(Locale.ROOT).equals(wanted))
            .findFirst();
    if (exact.isPresent()) {
      return new Resolution(exact.get().code(), null);
    }
    List<Party> partial =
        all.stream()
            .filter(
                p ->
                    !wanted.isEmpty()
                        && (p.name().toLowerCase(Locale.ROOT).contains(wanted)
                            || p.code().contains(wanted)))
            .toList();
    if (partial.size() == 1) {
      return new Resolution(partial.get(0).code(), null);
    }
    if (partial.isEmpty()) {
      return new Resolution(
          null, "no party is called or has a name containing '" + reference + "'");
    }
    return new Resolution(
        null,
        "'"
            + reference
            + "' matches "
            + partial.size()
            + " parties: "
            + String.join(", ", partial.stream().map(Party::code).toList())
            + "; use one of these codes");
  }

  /** A party code, or the reason there is none. */
  public record Resolution(@Nullable String code, @Nullable String problem) {
    public boolean found() {
      return code != null;
    }
  }
}
