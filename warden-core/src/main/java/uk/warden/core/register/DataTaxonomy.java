package uk.warden.core.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The versioned data-category taxonomy, shipped as data in {@code categories.yaml} so that a force
 * can review and extend it without a code change.
 */
public final class DataTaxonomy {

  private static final DataTaxonomy STANDARD = load();

  private final int version;
  private final Map<String, DataCategory> byKey;

  private DataTaxonomy(int version, Map<String, DataCategory> byKey) {
    this.version = version;
    this.byKey = byKey;
  }

  public static DataTaxonomy standard() {
    return STANDARD;
  }

  public int version() {
    return version;
  }

  public Collection<DataCategory> categories() {
    return byKey.values();
  }

  public Optional<DataCategory> find(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  public DataCategory get(String key) {
    return find(key).orElseThrow(() -> new IllegalArgumentException("unknown category: " + key));
  }

  public boolean knows(String key) {
    return byKey.containsKey(key);
  }

  /** The keys in {@code keys} that the taxonomy does not define, sorted. */
  public Set<String> unknown(Collection<String> keys) {
    Set<String> unknown = new TreeSet<>();
    for (String key : keys) {
      if (!knows(key)) {
        unknown.add(key);
      }
    }
    return unknown;
  }

  @SuppressWarnings("unchecked")
  private static DataTaxonomy load() {
    try (InputStream in = DataTaxonomy.class.getResourceAsStream("categories.yaml")) {
      if (in == null) {
        throw new IllegalStateException("categories.yaml missing from the classpath");
      }
      Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      Map<String, DataCategory> byKey = new LinkedHashMap<>();
      for (Map<String, Object> row : (List<Map<String, Object>>) root.get("categories")) {
        DataCategory category =
            new DataCategory(
                (String) row.get("key"),
                (String) row.get("name"),
                Regime.valueOf((String) row.get("regime")),
                LegalClass.valueOf((String) row.get("legal")),
                (Integer) row.get("risk"),
                CategoryRole.valueOf((String) row.get("role")),
                String.valueOf(row.getOrDefault("source", "warden")));
        if (byKey.put(category.key(), category) != null) {
          throw new IllegalStateException("duplicate category key " + category.key());
        }
      }
      return new DataTaxonomy((Integer) root.get("version"), Map.copyOf(byKey));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
