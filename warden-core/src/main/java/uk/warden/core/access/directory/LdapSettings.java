package uk.warden.core.access.directory;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where and how to read a directory over LDAP. The password is not here: it is handed to {@link
 * LdapDirectoryReader#read} and never kept, so settings may be logged or stored.
 *
 * @param url {@code ldap://host:port} or {@code ldaps://host:port} (ldaps trusts the JVM's
 *     certificate authorities and checks the host name)
 * @param bindDn the account Warden binds as: a read-only service account
 * @param baseDn where users and groups are searched, and outside which group members are skipped
 * @param userFilter narrows the users read (ANDed with the user object classes); null reads all
 * @param groupFilter narrows the groups read (ANDed with the group object classes); null reads all
 * @param payNumberAttribute the attribute holding the pay number that links a user to the register;
 *     {@code employeeNumber} is tried when it is empty
 * @param serviceAccountFilter users matching it are service accounts; null: none by filter
 * @param serviceAccountBase users under this DN (an OU) are service accounts; null: none by place
 * @param connectTimeout how long to wait for the connection
 * @param responseTimeout how long to wait for each answer: the bind and every page of a search
 * @param sizeLimit users and groups read at most, so a misdirected base cannot read a forest
 * @param pageSize entries asked for per page; servers cap it (Active Directory at 1000)
 */
public record LdapSettings(
    String url,
    String bindDn,
    String baseDn,
    @Nullable String userFilter,
    @Nullable String groupFilter,
    String payNumberAttribute,
    @Nullable String serviceAccountFilter,
    @Nullable String serviceAccountBase,
    Duration connectTimeout,
    Duration responseTimeout,
    int sizeLimit,
    int pageSize) {

  public static final String DEFAULT_PAY_NUMBER_ATTRIBUTE = "employeeID";
  public static final String FALLBACK_PAY_NUMBER_ATTRIBUTE = "employeeNumber";
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(60);
  public static final int DEFAULT_SIZE_LIMIT = 500_000;
  public static final int DEFAULT_PAGE_SIZE = 500;

  public LdapSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(bindDn, "bindDn");
    Objects.requireNonNull(baseDn, "baseDn");
    userFilter = blankToNull(userFilter);
    groupFilter = blankToNull(groupFilter);
    serviceAccountFilter = blankToNull(serviceAccountFilter);
    serviceAccountBase = blankToNull(serviceAccountBase);
    payNumberAttribute =
        payNumberAttribute == null || payNumberAttribute.isBlank()
            ? DEFAULT_PAY_NUMBER_ATTRIBUTE
            : payNumberAttribute.strip();
    requirePositive(connectTimeout, "connect time-out");
    requirePositive(responseTimeout, "response time-out");
    if (sizeLimit < 1 || pageSize < 1) {
      throw new IllegalArgumentException("the size limit and page size must be at least 1");
    }
  }

  /** The defaults for everything but where to connect, as whom, and where to look. */
  public static LdapSettings of(String url, String bindDn, String baseDn) {
    return new LdapSettings(
        url,
        bindDn,
        baseDn,
        null,
        null,
        DEFAULT_PAY_NUMBER_ATTRIBUTE,
        null,
        null,
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_RESPONSE_TIMEOUT,
        DEFAULT_SIZE_LIMIT,
        DEFAULT_PAGE_SIZE);
  }

  public LdapSettings withFilters(@Nullable String users, @Nullable String groups) {
    return new LdapSettings(
        url,
        bindDn,
        baseDn,
        users,
        groups,
        payNumberAttribute,
        serviceAccountFilter,
        serviceAccountBase,
        connectTimeout,
        responseTimeout,
        sizeLimit,
        pageSize);
  }

  public LdapSettings withPayNumberAttribute(String attribute) {
    return new LdapSettings(
        url,
        bindDn,
        baseDn,
        userFilter,
        groupFilter,
        attribute,
        serviceAccountFilter,
        serviceAccountBase,
        connectTimeout,
        responseTimeout,
        sizeLimit,
        pageSize);
  }

  /** Either may be null: users matching the filter, or under the base, are service accounts. */
  public LdapSettings withServiceAccounts(@Nullable String filter, @Nullable String base) {
    return new LdapSettings(
        url,
        bindDn,
        baseDn,
        userFilter,
        groupFilter,
        payNumberAttribute,
        filter,
        base,
        connectTimeout,
        responseTimeout,
        sizeLimit,
        pageSize);
  }

  public LdapSettings withTimeouts(Duration connect, Duration response) {
    return new LdapSettings(
        url,
        bindDn,
        baseDn,
        userFilter,
        groupFilter,
        payNumberAttribute,
        serviceAccountFilter,
        serviceAccountBase,
        connect,
        response,
        sizeLimit,
        pageSize);
  }

  public LdapSettings withLimits(int maxEntries, int entriesPerPage) {
    return new LdapSettings(
        url,
        bindDn,
        baseDn,
        userFilter,
        groupFilter,
        payNumberAttribute,
        serviceAccountFilter,
        serviceAccountBase,
        connectTimeout,
        responseTimeout,
        maxEntries,
        entriesPerPage);
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static void requirePositive(Duration duration, String what) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("the " + what + " must be positive");
    }
  }
}
