package uk.warden.app.platform;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import uk.warden.app.account.Account;
import uk.warden.app.account.Action;
import uk.warden.app.account.Role;

/**
 * The role × action matrix ({@link Action}) in Spring Security's terms: a user holds {@code ROLE_X}
 * for their role and {@code GRANT_X} for each grant, and an action is allowed to any of the
 * authorities it lists. The request rules and the pages that hide forms both ask here.
 */
public final class Permissions {

  private static final String ROLE = "ROLE_";
  private static final String GRANT = "GRANT_";

  private Permissions() {}

  /** What a signed-in local account holds: its role, and its names grant if it has one. */
  public static List<GrantedAuthority> authoritiesOf(Account account) {
    List<GrantedAuthority> held = new ArrayList<>();
    held.add(new SimpleGrantedAuthority(ROLE + account.role().name()));
    if (account.seesNames()) {
      held.add(new SimpleGrantedAuthority(GRANT + Action.Grant.NAMES.name()));
    }
    return held;
  }

  /** The authorities that allow the action, for the request rules. */
  static String[] authoritiesFor(Action action) {
    List<String> allowed = new ArrayList<>();
    for (Role role : Role.values()) {
      if (action.roles().contains(role)) {
        allowed.add(ROLE + role.name());
      }
    }
    action.grants().forEach(g -> allowed.add(GRANT + g.name()));
    return allowed.toArray(String[]::new);
  }

  /** Whether the signed-in user may do the action; nobody signed in may do nothing. */
  public static boolean holds(@Nullable Authentication auth, Action action) {
    if (auth == null) {
      return false;
    }
    List<String> allowed = List.of(authoritiesFor(action));
    return auth.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(allowed::contains);
  }
}
