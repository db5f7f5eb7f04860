package uk.warden.app.breach.report;

import java.util.HashMap;
import java.util.Map;
import uk.warden.core.breach.BreachType;
import uk.warden.core.breach.EvidenceKind;
import uk.warden.core.breach.RiskTier;
import uk.warden.core.register.DataCategory;
import uk.warden.core.register.DataTaxonomy;
import uk.warden.core.register.EmploymentStatus;

/** The words both outputs use for the engine's codes, so the list and the report agree. */
final class ReportLabels {

  private ReportLabels() {}

  static String tier(RiskTier tier) {
    return switch (tier) {
      case HIGH -> "High";
      case MEDIUM -> "Medium";
      case LOW -> "Low";
    };
  }

  static String status(EmploymentStatus status) {
    return switch (status) {
      case SERVING -> "Serving";
      case SUSPENDED -> "Suspended";
      case LEFT -> "Left the force";
    };
  }

  static String breachType(BreachType type) {
    return switch (type) {
      case CONFIDENTIALITY -> "Confidentiality: unauthorised disclosure of or access to data";
      case INTEGRITY -> "Integrity: unauthorised or accidental alteration of data";
      case AVAILABILITY -> "Availability: loss of access to, or destruction of, data";
    };
  }

  static String evidenceKind(EvidenceKind kind) {
    return switch (kind) {
      case ASSUMPTION -> "Assumption";
      case TRANSFER -> "Transfer";
      case DELETION -> "Deletion";
      case RETENTION -> "Retention";
    };
  }

  /**
   * Category keys to their human names; a key the taxonomy does not know (a force's own, or one
   * retired since) shows as itself rather than failing the output.
   */
  static final class CategoryNames {

    private final DataTaxonomy taxonomy;
    private final Map<String, String> cache = new HashMap<>();

    CategoryNames(DataTaxonomy taxonomy) {
      this.taxonomy = taxonomy;
    }

    String of(String key) {
      return cache.computeIfAbsent(
          key, k -> taxonomy.find(k).map(DataCategory::name).filter(n -> !n.isBlank()).orElse(k));
    }
  }
}
