package uk.warden.app.testing;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.warden.app.account.Account;
import uk.warden.app.account.Action;
import uk.warden.app.account.Role;
import uk.warden.app.platform.Permissions;

/**
 * Who may hold rights in Warden: each role, and an analyst with the names grant. The matrix tests
 * walk every endpoint as each of them.
 */
public record Holder(Role role, Set<Action.Grant> grants) {

  public static final List<Holder> ALL =
      List.of(
          new Holder(Role.ADMIN, Set.of()),
          new Holder(Role.DPO, Set.of()),
          new Holder(Role.ANALYST, Set.of()),
          new Holder(Role.ANALYST, EnumSet.of(Action.Grant.NAMES)),
          new Holder(Role.AUDITOR, Set.of()));

  /** The holder of the role without grants. */
  public static Holder of(Role role) {
    return new Holder(role, Set.of());
  }

  public boolean may(Action action) {
    return action.heldBy(role, grants);
  }

  public boolean seesNames() {
    return grants.contains(Action.Grant.NAMES);
  }

  /** A signed-in web session of a made-up user with exactly this holder's authorities. */
  public RequestPostProcessor session() {
    Account account =
        new Account(
            "web-" + this.toString().toLowerCase(java.util.Locale.ROOT),
            role,
            true,
            OffsetDateTime.now(),
            seesNames());
    return SecurityMockMvcRequestPostProcessors.user(account.username())
        .authorities(Permissions.authoritiesOf(account));
  }

  @Override
  public String toString() {
    return role
        + (grants.isEmpty()
            ? ""
            : "+" + String.join("+", grants.stream().map(Enum::name).toList()));
  }
}
