package uk.warden.core.breach;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.warden.core.register.DataTaxonomy;

/**
 * How exposed people are sorted into risk tiers: ordered rules, the first that matches a person
 * decides, and {@code otherwise} for everyone left. Shipped as data in {@code risk-matrix.yaml} so
 * that a force's DPO can tune it without a release; category roles and weights come from the
 * taxonomy.
 */
public final class RiskMatrix {

  private static final String STANDARD_FILE = "risk-matrix.yaml";

  private final List<TierRule> rules;
  private final RiskTier otherwise;
  private final DataTaxonomy taxonomy;

  private RiskMatrix(List<TierRule> rules, RiskTier otherwise, DataTaxonomy taxonomy) {
    this.rules = List.copyOf(rules);
    this.otherwise = Objects.requireNonNull(otherwise, "otherwise");
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    Set<String> names = new HashSet<>();
    for (TierRule rule : this.rules) {
      if (!names.add(rule.name())) {
        throw new IllegalArgumentException("risk rule " + rule.name() + " appears twice");
      }
      requireKnownCategories(rule.name(), rule.when());
    }
  }

  public static RiskMatrix of(List<TierRule> rules, RiskTier otherwise, DataTaxonomy taxonomy) {
    return new RiskMatrix(rules, otherwise, taxonomy);
  }

  /** The shipped matrix over the standard taxonomy. */
  public static RiskMatrix standard() {
    try (InputStream in = RiskMatrix.class.getResourceAsStream(STANDARD_FILE)) {
      if (in == null) {
        throw new IllegalStateException(STANDARD_FILE + " missing from the classpath");
      }
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return fromYaml(yaml, STANDARD_FILE, DataTaxonomy.standard());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a matrix written as YAML (see {@code risk-matrix.yaml}); a bad file fails with every
   * problem located by field path.
   */
  public static RiskMatrix fromYaml(String yaml, String source, DataTaxonomy taxonomy) {
    return RiskMatrixReader.readYaml(yaml, source, taxonomy);
  }

  /** The same shape as the YAML, already parsed (from a JSON body, say). */
  public static RiskMatrix fromMap(Map<String, ?> spec, String source, DataTaxonomy taxonomy) {
    return RiskMatrixReader.read(spec, source, taxonomy);
  }

  public List<TierRule> rules() {
    return rules;
  }

  public RiskTier otherwise() {
    return otherwise;
  }

  public DataTaxonomy taxonomy() {
    return taxonomy;
  }

  private void requireKnownCategories(String rule, List<TierCondition> conditions) {
    for (TierCondition condition : conditions) {
      List<String> keys = new ArrayList<>();
      if (condition instanceof TierCondition.AnyCategory any) {
        keys.addAll(any.keys());
      } else if (condition instanceof TierCondition.AllCategories all) {
        keys.addAll(all.keys());
      } else if (condition instanceof TierCondition.Either either) {
        requireKnownCategories(rule, either.options());
      }
      Set<String> unknown = taxonomy.unknown(keys);
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(
            "risk rule " + rule + " names unknown categories " + unknown);
      }
    }
  }

  @Override
  public String toString() {
    return "RiskMatrix[" + rules.size() + " rules, otherwise " + otherwise + "]";
  }
}
