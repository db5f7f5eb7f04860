package uk.warden.core.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The ranks a force uses. Ships with the England and Wales table and the Metropolitan Police's
 * (which adds Commander, Deputy Assistant and Assistant Commissioner and Commissioner) as data in
 * {@code ranks.yaml}. Ranks are matched by code or title, ignoring case, spaces and dots, so {@code
 * "Det. Sgt"} style abbreviations listed as aliases are understood too.
 */
public final class RankTable {

  public static final String ENGLAND_AND_WALES = "england-wales";
  public static final String METROPOLITAN = "metropolitan";

  private final String scheme;
  private final List<Rank> ranks;
  private final Map<String, Rank> byKey;

  private RankTable(String scheme, List<Rank> ranks, Map<String, Rank> byKey) {
    this.scheme = scheme;
    this.ranks = List.copyOf(ranks);
    this.byKey = Map.copyOf(byKey);
  }

  public static RankTable load(String scheme) {
    Map<String, Object> root = readResource();
    Object table = root.get(scheme);
    if (!(table instanceof List<?> entries)) {
      throw new IllegalArgumentException("unknown rank scheme: " + scheme);
    }
    List<Rank> ranks = new ArrayList<>();
    Map<String, Rank> byKey = new LinkedHashMap<>();
    for (Object entry : entries) {
      Map<?, ?> row = (Map<?, ?>) entry;
      Rank rank =
          new Rank(
              (String) row.get("code"), (String) row.get("title"), (Integer) row.get("ordinal"));
      ranks.add(rank);
      byKey.put(key(rank.code()), rank);
      byKey.put(key(rank.title()), rank);
      Object aliases = row.get("aliases");
      if (aliases instanceof List<?> list) {
        list.forEach(alias -> byKey.put(key((String) alias), rank));
      }
    }
    ranks.sort(Comparator.comparingInt(Rank::ordinal));
    return new RankTable(scheme, ranks, byKey);
  }

  public static List<String> schemes() {
    return List.copyOf(readResource().keySet());
  }

  public String scheme() {
    return scheme;
  }

  public List<Rank> ranks() {
    return ranks;
  }

  public Optional<Rank> find(String codeOrTitle) {
    return Optional.ofNullable(byKey.get(key(codeOrTitle)));
  }

  private static String key(String text) {
    return text.replaceAll("[\\s._-]", "").toLowerCase(Locale.ROOT);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readResource() {
    try (InputStream in = RankTable.class.getResourceAsStream("ranks.yaml")) {
      if (in == null) {
        throw new IllegalStateException("ranks.yaml missing from the classpath");
      }
      return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
