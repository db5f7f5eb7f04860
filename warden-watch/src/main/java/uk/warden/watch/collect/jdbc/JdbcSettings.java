package uk.warden.watch.collect.jdbc;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.warden.watch.Secret;

/**
 * How to reach and count one database.
 *
 * @param url the JDBC URL, without credentials (a password in it is refused)
 * @param user the database user, or null for the driver's default
 * @param password from the environment, never from a file; null when the server needs none
 * @param counts what to count, at least one; part names are unique
 * @param bytesQuery a read-only query returning the bytes the system holds, or null (bytes 0)
 * @param properties further driver properties, such as {@code sslmode}; never credentials
 * @param loginTimeout how long connecting and logging in may take
 * @param queryTimeout how long each query may take
 */
public record JdbcSettings(
    String url,
    @Nullable String user,
    @Nullable Secret password,
    List<RowCount> counts,
    @Nullable String bytesQuery,
    Map<String, String> properties,
    Duration loginTimeout,
    Duration queryTimeout) {

  public static final Duration DEFAULT_LOGIN_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(60);

  private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)password\\s*=");

  /** Driver properties that carry credentials, which only {@code user} and the secret may. */
  static final Set<String> CREDENTIAL_PROPERTIES = Set.of("user", "password");

  public JdbcSettings {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("a JDBC URL starts with 'jdbc:'");
    }
    if (carriesPassword(url)) {
      throw new IllegalArgumentException(
          "the URL must not carry a password: name an environment variable that holds it");
    }
    counts = List.copyOf(counts);
    if (counts.isEmpty()) {
      throw new IllegalArgumentException("at least one count is needed");
    }
    Set<String> parts = new HashSet<>();
    for (RowCount count : counts) {
      String part = count.part();
      if (part != null && !parts.add(part)) {
        throw new IllegalArgumentException("the part '" + part + "' is counted twice");
      }
    }
    if (bytesQuery != null) {
      String problem = ReadOnlyQuery.problem(bytesQuery);
      if (problem != null) {
        throw new IllegalArgumentException("bytes query " + problem);
      }
    }
    properties = new LinkedHashMap<>(properties);
    for (String key : properties.keySet()) {
      if (CREDENTIAL_PROPERTIES.contains(key.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "the driver property '" + key + "' is not allowed: use user and the password variable");
      }
    }
    properties = Map.copyOf(properties);
    requirePositive(loginTimeout, "login timeout");
    requirePositive(queryTimeout, "query timeout");
  }

  /** Whether a JDBC URL carries a password parameter, which must come from the environment. */
  public static boolean carriesPassword(String url) {
    return PASSWORD_IN_URL.matcher(url).find();
  }

  private static void requirePositive(Duration duration, String what) {
    Objects.requireNonNull(duration, what);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("the " + what + " must be positive");
    }
  }

  /** The URL without its parameters, safe to show: {@code jdbc:postgresql://db:5432/cases}. */
  public String shownUrl() {
    int end = url.length();
    for (char c : new char[] {'?', ';'}) {
      int at = url.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return url.substring(0, end);
  }
}
