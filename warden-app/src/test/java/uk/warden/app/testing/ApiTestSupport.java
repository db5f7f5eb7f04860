package uk.warden.app.testing;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.warden.app.account.AccountService;
import uk.warden.app.account.NameGrants;
import uk.warden.app.account.Role;

/**
 * The one Spring configuration every MockMvc test class shares, so the context (several seconds to
 * start) is built once and cached: the whole app, MockMvc with the security filters, and a private
 * in-memory H2 store. Tests share that store, so each uses its own codes ({@link #unique}) and
 * never counts what it did not create.
 */
@SpringBootTest(properties = {"logging.level.uk.warden=WARN", "spring.main.log-startup-info=false"})
@AutoConfigureMockMvc
public abstract class ApiTestSupport {

  private static final String STORE_URL = Databases.h2Url("api") + ";DB_CLOSE_DELAY=-1";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> STORE_URL);
    registry.add("spring.datasource.username", () -> "sa");
    registry.add("spring.datasource.password", () -> "");
  }

  @Autowired protected MockMvc mvc;
  @Autowired protected AccountService accounts;
  @Autowired protected NameGrants nameGrants;

  /** A code no other test uses: lower-case, so valid as a register code. */
  protected static String unique(String prefix) {
    return (prefix
            + "-"
            + SEQUENCE.incrementAndGet()
            + "-"
            + Long.toString(System.nanoTime() % 1_000_000, 36))
        .toLowerCase(Locale.ROOT);
  }

  /** A new user with the role, and a personal token of theirs. */
  protected String tokenFor(Role role) {
    String username = unique(role.name());
    accounts.createUser(username, role, "a long enough password");
    return accounts.createToken(username, "test", null).secret();
  }

  /** A new analyst holding the names grant, and a personal token of theirs. */
  protected String tokenForAnalystWithNames() {
    String username = unique("analyst-names");
    accounts.createUser(username, Role.ANALYST, "a long enough password");
    nameGrants.grant(username);
    return accounts.createToken(username, "test", null).secret();
  }

  protected static RequestPostProcessor bearer(String token) {
    return request -> {
      request.addHeader("Authorization", "Bearer " + token);
      return request;
    };
  }
}
