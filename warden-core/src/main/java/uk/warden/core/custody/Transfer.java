package uk.warden.core.custody;

import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.RegisterCodes;

/**
 * A custody event: at {@code at}, these categories of these people went from a force system (if
 * known) to a party (and one of its systems, if known), under an agreement (if any), by a method,
 * as a file with this fingerprint, approved by someone. From then on the party holds them until it
 * attests a {@link Deletion}.
 */
public record Transfer(
    long id,
    Instant at,
    @Nullable String fromSystem,
    String toParty,
    @Nullable String toSystem,
    @Nullable String agreement,
    Set<String> categories,
    PersonSet people,
    TransferMethod method,
    @Nullable String sha256,
    @Nullable String approvedBy) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public Transfer {
    Objects.requireNonNull(at, "at");
    RegisterCodes.requireValid(toParty, "party");
    if (fromSystem != null) {
      RegisterCodes.requireValid(fromSystem, "system");
    }
    if (toSystem != null) {
      RegisterCodes.requireValid(toSystem, "system");
    }
    if (agreement != null) {
      RegisterCodes.requireValid(agreement, "agreement");
    }
    if (categories == null || categories.isEmpty()) {
      throw new IllegalArgumentException("transfer " + id + " names no data categories");
    }
    categories = Collections.unmodifiableSortedSet(new TreeSet<>(categories));
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(method, "method");
    if (sha256 != null) {
      sha256 = sha256.toLowerCase(Locale.ROOT);
      if (!SHA256.matcher(sha256).matches()) {
        throw new IllegalArgumentException("transfer " + id + " fingerprint is not SHA-256 hex");
      }
    }
    if (approvedBy != null && approvedBy.isBlank()) {
      approvedBy = null;
    }
  }

  /** Leaves out the approver, who is a person, and the people, who are only counted. */
  @Override
  public String toString() {
    return "Transfer[id="
        + id
        + ", at="
        + at
        + ", toParty="
        + toParty
        + ", categories="
        + categories
        + ", people="
        + people.size()
        + "]";
  }
}
