package uk.warden.core.access.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.warden.core.access.AccessDirectory;
import uk.warden.core.access.Membership;
import uk.warden.core.access.Principal;
import uk.warden.core.access.PrincipalKind;

/** Against a real in-memory LDAP server on a loopback port, never a mock. */
class LdapDirectoryReaderTests {

  private static final String BASE = "dc=force,dc=police,dc=uk";
  private static final String BIND_DN = "cn=warden-reader," + BASE;
  private static final String PASSWORD = "correct horse battery staple";
  private static final Duration SHORT = Duration.ofSeconds(2);

  private InMemoryDirectoryServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.shutDown(true);
    }
  }

  private void start(int maxSizeLimit, String... ldif) throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    // AD attributes (sAMAccountName, employeeID, userAccountControl) are not in the standard
    // schema.
    config.setSchema(null);
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPConfig("test", InetAddress.getLoopbackAddress(), 0, null));
    config.addAdditionalBindCredentials(BIND_DN, PASSWORD);
    config.setMaxSizeLimit(maxSizeLimit);
    server = new InMemoryDirectoryServer(config);
    server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: force");
    for (String entry : ldif) {
      server.add(entry.split("\n"));
    }
    server.startListening();
  }

  private LdapSettings settings() {
    return LdapSettings.of("ldap://127.0.0.1:" + server.getListenPort(), BIND_DN, BASE)
        .withTimeouts(SHORT, SHORT);
  }

  private static Map<String, Principal> byId(LdapDirectory read) {
    return read.principals().stream().collect(Collectors.toMap(Principal::id, Function.identity()));
  }

  private static String ou(String name) {
    return "dn: ou=" + name + "," + BASE + "\nobjectClass: organizationalUnit\nou: " + name;
  }

  @Test
  void readsActiveDirectoryUsersGroupsAndNestedGroups() throws Exception {
    start(
        1000,
        ou("Users"),
        ou("Groups"),
        ou("Service"),
        "dn: CN=Ann Able,OU=Users,"
            + BASE
            + "\nobjectClass: user\nobjectClass: person\ncn: Ann Able\nsAMAccountName: aable"
            + "\nemployeeID: 100001\nuserAccountControl: 512",
        "dn: CN=Bob Baker,OU=Users,"
            + BASE
            + "\nobjectClass: user\ncn: Bob Baker\nsAMAccountName: bbaker\nemployeeID: 100002"
            + "\nuserAccountControl: 514",
        "dn: CN=Carl Cole,OU=Users,"
            + BASE
            + "\nobjectClass: user\ncn: Carl Cole\nsAMAccountName: ccole\nemployeeNumber: 100003",
        "dn: CN=svc-pnc-feed,OU=Service,"
            + BASE
            + "\nobjectClass: user\ncn: svc-pnc-feed\nsAMAccountName: svc-pnc-feed",
        "dn: CN=WS01,OU=Users,"
            + BASE
            + "\nobjectClass: user\nobjectClass: computer\ncn: WS01\nsAMAccountName: WS01$",
        "dn: CN=PNC Users,OU=Groups,"
            + BASE
            + "\nobjectClass: group\ncn: PNC Users\nsAMAccountName: PNC Users"
            // A member written in other case and spacing is the same DN.
            + "\nmember: cn=ann able, ou=users, "
            + BASE.toUpperCase()
            + "\nmember: CN=Intel Team,OU=Groups,"
            + BASE
            + "\nmember: CN=Someone,OU=Partners,dc=other,dc=org"
            + "\nmember: CN=WS01,OU=Users,"
            + BASE,
        "dn: CN=Intel Team,OU=Groups,"
            + BASE
            + "\nobjectClass: group\ncn: Intel Team\nsAMAccountName: intel-team"
            + "\nmember: CN=Bob Baker,OU=Users,"
            + BASE
            + "\nmember: CN=svc-pnc-feed,OU=Service,"
            + BASE);

    LdapDirectory read =
        new LdapDirectoryReader(settings().withServiceAccounts(null, "ou=Service," + BASE))
            .read(PASSWORD);

    Map<String, Principal> principals = byId(read);
    assertThat(principals)
        .containsOnlyKeys("aable", "bbaker", "ccole", "svc-pnc-feed", "PNC_Users", "intel-team");
    assertThat(principals.get("aable").payNumber()).isEqualTo("100001");
    assertThat(principals.get("aable").enabled()).isTrue();
    assertThat(principals.get("bbaker").enabled()).as("userAccountControl 514").isFalse();
    assertThat(principals.get("ccole").payNumber())
        .as("employeeNumber fallback")
        .isEqualTo("100003");
    assertThat(principals.get("svc-pnc-feed").kind()).isEqualTo(PrincipalKind.SERVICE_ACCOUNT);
    assertThat(principals.get("PNC_Users").kind()).isEqualTo(PrincipalKind.GROUP);
    assertThat(read.memberships())
        .containsExactlyInAnyOrder(
            new Membership("PNC_Users", "aable"),
            new Membership("PNC_Users", "intel-team"),
            new Membership("intel-team", "bbaker"),
            new Membership("intel-team", "svc-pnc-feed"));
    assertThat(read.summary())
        .isEqualTo(new LdapSummary(4, 1, 1, 2, 4, 1, 1, 0, 0, 0, read.summary().pages()));

    AccessDirectory directory = read.toAccessDirectory(java.util.List.of());
    assertThat(directory.membersOf("PNC_Users")).containsExactly("aable", "bbaker", "svc-pnc-feed");
  }

  @Test
  void readsOpenLdapInetOrgPersonsAndGroupsOfNames() throws Exception {
    start(
        1000,
        ou("people"),
        ou("groups"),
        "dn: uid=dfox,ou=people,"
            + BASE
            + "\nobjectClass: inetOrgPerson\ncn: Dee Fox\nsn: Fox\nuid: dfox\nemployeeNumber: 200001",
        "dn: uid=egray,ou=people,"
            + BASE
            + "\nobjectClass: inetOrgPerson\ncn: Ed Gray\nsn: Gray\nuid: egray"
            + "\nemployeeNumber: 200002\nnsAccountLock: TRUE",
        "dn: cn=custody,ou=groups,"
            + BASE
            + "\nobjectClass: groupOfNames\ncn: custody\nmember: uid=dfox,ou=people,"
            + BASE
            + "\nmember: uid=egray,ou=people,"
            + BASE,
        "dn: cn=auditors,ou=groups,"
            + BASE
            + "\nobjectClass: groupOfUniqueNames\ncn: auditors"
            + "\nuniqueMember: uid=dfox,ou=people,"
            + BASE
            + "#'0101'B");

    LdapDirectory read = new LdapDirectoryReader(settings()).read(PASSWORD);

    Map<String, Principal> principals = byId(read);
    assertThat(principals).containsOnlyKeys("dfox", "egray", "custody", "auditors");
    assertThat(principals.get("dfox").payNumber()).isEqualTo("200001");
    assertThat(principals.get("dfox").kind()).isEqualTo(PrincipalKind.USER);
    assertThat(principals.get("egray").enabled()).as("nsAccountLock").isFalse();
    assertThat(read.memberships())
        .containsExactlyInAnyOrder(
            new Membership("custody", "dfox"),
            new Membership("custody", "egray"),
            new Membership("auditors", "dfox"));
  }

  @Test
  void marksServiceAccountsByFilterAndNarrowsUsersByFilter() throws Exception {
    start(
        1000,
        "dn: uid=feed1,"
            + BASE
            + "\nobjectClass: inetOrgPerson\ncn: f\nsn: f\nuid: feed1"
            + "\ndescription: service",
        "dn: uid=hjones," + BASE + "\nobjectClass: inetOrgPerson\ncn: h\nsn: h\nuid: hjones",
        "dn: uid=old1,"
            + BASE
            + "\nobjectClass: inetOrgPerson\ncn: o\nsn: o\nuid: old1"
            + "\ndescription: archived");

    LdapDirectory read =
        new LdapDirectoryReader(
                settings()
                    .withFilters("(!(description=archived))", null)
                    .withServiceAccounts("(description=service)", null))
            .read(PASSWORD);

    Map<String, Principal> principals = byId(read);
    assertThat(principals).containsOnlyKeys("feed1", "hjones");
    assertThat(principals.get("feed1").kind()).isEqualTo(PrincipalKind.SERVICE_ACCOUNT);
    assertThat(principals.get("hjones").kind()).isEqualTo(PrincipalKind.USER);
  }

  @Test
  void pagesPastTheServerSizeLimit() throws Exception {
    String[] users = new String[12];
    for (int i = 0; i < users.length; i++) {
      users[i] =
          "dn: uid=user"
              + i
              + ","
              + BASE
              + "\nobjectClass: inetOrgPerson\ncn: u\nsn: u\nuid: user"
              + i;
    }
    start(5, users);

    LdapDirectory read =
        new LdapDirectoryReader(settings().withLimits(LdapSettings.DEFAULT_SIZE_LIMIT, 5))
            .read(PASSWORD);

    assertThat(read.principals()).hasSize(12);
    assertThat(read.summary().pages()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void pagesEvenWhenAskingForMoreThanTheServerAllows() throws Exception {
    String[] users = new String[12];
    for (int i = 0; i < users.length; i++) {
      users[i] =
          "dn: uid=user"
              + i
              + ","
              + BASE
              + "\nobjectClass: inetOrgPerson\ncn: u\nsn: u\nuid: user"
              + i;
    }
    start(5, users);

    LdapDirectory read = new LdapDirectoryReader(settings()).read(PASSWORD);

    assertThat(read.principals()).hasSize(12);
  }

  @Test
  void refusesMoreEntriesThanTheSizeLimit() throws Exception {
    String[] users = new String[6];
    for (int i = 0; i < users.length; i++) {
      users[i] =
          "dn: uid=user"
              + i
              + ","
              + BASE
              + "\nobjectClass: inetOrgPerson\ncn: u\nsn: u\nuid: user"
              + i;
    }
    start(1000, users);

    assertThatThrownBy(() -> new LdapDirectoryReader(settings().withLimits(5, 2)).read(PASSWORD))
        .isInstanceOf(LdapImportException.class)
        .hasMessageContaining("more than 5 users and groups");
  }

  @Test
  void wrongPasswordIsAClearBindFailure() throws Exception {
    start(1000);

    assertThatThrownBy(() -> new LdapDirectoryReader(settings()).read("not-the-password"))
        .isInstanceOf(LdapImportException.class)
        .hasMessageContaining("refused the bind")
        .hasMessageNotContaining("warden-reader")
        .hasMessageNotContaining("not-the-password");
  }

  @Test
  void missingBaseIsAClearFailure() throws Exception {
    start(1000);
    LdapSettings settings =
        LdapSettings.of("ldap://127.0.0.1:" + server.getListenPort(), BIND_DN, "ou=Nowhere," + BASE)
            .withTimeouts(SHORT, SHORT);

    assertThatThrownBy(() -> new LdapDirectoryReader(settings).read(PASSWORD))
        .isInstanceOf(LdapImportException.class)
        .hasMessage("the base DN does not exist in the directory");
  }

  @Test
  void badSettingsAreRefusedBeforeConnecting() {
    assertThatThrownBy(
            () -> new LdapDirectoryReader(LdapSettings.of("ldap://localhost", BIND_DN, "not a dn")))
        .isInstanceOf(LdapImportException.class)
        .hasMessage("the base DN is not a valid DN");
    assertThatThrownBy(
            () ->
                new LdapDirectoryReader(
                    LdapSettings.of("ldap://localhost", BIND_DN, BASE).withFilters("(uid=", null)))
        .isInstanceOf(LdapImportException.class)
        .hasMessage("the user filter is not a valid LDAP filter");
    assertThatThrownBy(
            () ->
                new LdapDirectoryReader(LdapSettings.of("http://localhost", BIND_DN, BASE))
                    .read(PASSWORD))
        .isInstanceOf(LdapImportException.class)
        .hasMessageContaining("ldap://host");
  }

  @Test
  void unreachablePortFailsClearlyWithinTheTimeout() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    LdapSettings settings =
        LdapSettings.of("ldap://127.0.0.1:" + port, BIND_DN, BASE).withTimeouts(SHORT, SHORT);

    long start = System.nanoTime();
    assertThatThrownBy(() -> new LdapDirectoryReader(settings).read(PASSWORD))
        .isInstanceOf(LdapImportException.class)
        .hasMessageContaining("cannot reach the directory at 127.0.0.1:" + port);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SHORT.plusSeconds(1));
  }
}
