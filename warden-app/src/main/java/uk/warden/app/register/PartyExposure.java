package uk.warden.app.register;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.warden.core.register.DataSystem;
import uk.warden.core.register.HighRiskCombination;
import uk.warden.core.register.Marking;
import uk.warden.core.register.Party;

/**
 * What one party can reach through the systems it hosts: how many people of the register, the most
 * protective marking among them, and whether the categories it holds form the high-risk combination
 * (with the categories as evidence).
 */
public record PartyExposure(
    Party party,
    List<DataSystem> systems,
    long people,
    @Nullable Marking highestMarking,
    HighRiskCombination highRisk) {

  public PartyExposure {
    systems = List.copyOf(systems);
  }
}
