package uk.warden.app.custody;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a party held at one instant, for its page and the API: people in all and per category, those
 * held past retention with no deletion attested, the highest protective marking of the systems the
 * held data came from or went to, and how many people it holds in the high-risk combination (an
 * identity category together with an aggravating one, DOMAIN.md §4.3).
 */
public record PartyHoldings(
    String party,
    Instant at,
    int people,
    int overdue,
    List<CategoryHolding> categories,
    @Nullable String highestMarking,
    int highRiskPeople,
    int transfersHeld) {

  public PartyHoldings {
    categories = List.copyOf(categories);
  }

  /** People held in one category. */
  public record CategoryHolding(String key, String name, String role, int people) {}

  public boolean holdsHighRiskCombination() {
    return highRiskPeople > 0;
  }
}
