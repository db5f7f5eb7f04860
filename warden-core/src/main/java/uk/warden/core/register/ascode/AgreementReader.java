package uk.warden.core.register.ascode;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.ScalarNode;
import uk.warden.core.register.Agreement;
import uk.warden.core.register.ExtractRules;
import uk.warden.core.register.Regime;

/** Reads {@code agreements[i]}: the party it is with must be declared in the same file. */
final class AgreementReader implements EntityReader<Agreement> {

  private final PartyIndex parties;
  private final Set<String> unitCodes;

  AgreementReader(PartyIndex parties, Set<String> unitCodes) {
    this.parties = parties;
    this.unitCodes = unitCodes;
  }

  @Override
  public List<String> fields() {
    return List.of(
        "code",
        "party",
        "title",
        "purpose",
        "lawfulBasis",
        "regime",
        "categories",
        "start",
        "end",
        "retentionMonths",
        "exitTerms",
        "extracts");
  }

  @Override
  public @Nullable Agreement read(Fields entry) {
    ScalarReader scalars = entry.scalars();
    int before = entry.problems().count();
    String code = entry.get("code", true, (node, path) -> scalars.code(node, path, "agreement"));
    String party =
        entry.get("party", true, (node, path) -> parties.reference(node, path, entry.problems()));
    String title = entry.text("title", true);
    String purpose = entry.text("purpose", false);
    String lawfulBasis = entry.text("lawfulBasis", false);
    Regime regime =
        entry.get("regime", true, (node, path) -> scalars.choice(node, path, Regime.class));
    List<String> categories = entry.list("categories", true, scalars::category);
    LocalDate start = entry.get("start", true, scalars::date);
    LocalDate end = entry.get("end", false, scalars::date);
    checkEndNotBeforeStart(entry, start, end);
    Long retention =
        entry.get(
            "retentionMonths", false, (node, path) -> scalars.whole(node, path, Integer.MAX_VALUE));
    String exitTerms = entry.text("exitTerms", false);
    ExtractRules extracts = ExtractRulesReader.read(entry, unitCodes);
    if (entry.problems().count() > before
        || code == null
        || party == null
        || regime == null
        || categories == null
        || start == null) {
      return null;
    }
    return entry.build(
        () ->
            new Agreement(
                code,
                party,
                title,
                purpose,
                lawfulBasis,
                regime,
                Set.copyOf(categories),
                start,
                end,
                retention == null ? null : retention.intValue(),
                exitTerms,
                extracts));
  }

  private static void checkEndNotBeforeStart(
      Fields entry, @Nullable LocalDate start, @Nullable LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      ScalarNode at = entry.scalar("end", false);
      entry.problems().add(at, entry.pathOf("end"), "is before start (" + start + ")");
    }
  }
}
