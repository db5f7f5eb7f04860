package uk.warden.app.exports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.warden.app.register.RegisterService;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.HighRiskCombination;
import uk.warden.core.register.Marking;

/**
 * When an extract needs a second person's approval before it leaves, from {@code
 * warden.exports.approval.*}: more than {@code people-over} people (default 1,000), content marked
 * OFFICIAL-SENSITIVE or above ({@code official-sensitive}, default true), or the high-risk
 * combination of identity with photo, vetting, unit, location or role ({@code high-risk}, default
 * true). An extract's marking is the highest of its categories' markings, and a category's marking
 * is the lowest of the force's own systems that hold it: a name the force directory holds at
 * OFFICIAL is not made sensitive by the vetting system holding it too, but a vetting level held
 * only at OFFICIAL-SENSITIVE is.
 */
@Component
public class ApprovalPolicy {

  private final RegisterService register;
  private final int peopleOver;
  private final boolean sensitive;
  private final boolean highRisk;

  ApprovalPolicy(
      RegisterService register,
      @Value("${warden.exports.approval.people-over:1000}") int peopleOver,
      @Value("${warden.exports.approval.official-sensitive:true}") boolean sensitive,
      @Value("${warden.exports.approval.high-risk:true}") boolean highRisk) {
    this.register = register;
    this.peopleOver = peopleOver;
    this.sensitive = sensitive;
    this.highRisk = highRisk;
  }

  /** Why an extract of these categories and this many people needs approval; empty if not. */
  public List<String> reasons(Collection<String> categories, int people) {
    List<String> reasons = new ArrayList<>();
    if (people > peopleOver) {
      reasons.add(String.format("%,d people, over the threshold of %,d", people, peopleOver));
    }
    if (sensitive) {
      Marking marking = marking(categories);
      if (Marking.BY_PROTECTION.compare(marking, Marking.OFFICIAL_SENSITIVE) >= 0) {
        reasons.add("content marked " + marking.label() + " in the systems it comes from");
      }
    }
    if (highRisk) {
      HighRiskCombination combination = HighRiskCombination.of(categories, register.taxonomy());
      if (combination.present()) {
        reasons.add("the high-risk combination: " + combination.explain());
      }
    }
    return reasons;
  }

  private Marking marking(Collection<String> categories) {
    List<DataSystem> inHouse = register.systems().stream().filter(DataSystem::inHouse).toList();
    Marking highest = Marking.OFFICIAL;
    for (String category : categories) {
      Marking lowest =
          inHouse.stream()
              .filter(system -> system.categories().contains(category))
              .map(DataSystem::marking)
              .min(Marking.BY_PROTECTION)
              .orElse(Marking.OFFICIAL);
      if (Marking.BY_PROTECTION.compare(lowest, highest) > 0) {
        highest = lowest;
      }
    }
    return highest;
  }
}
