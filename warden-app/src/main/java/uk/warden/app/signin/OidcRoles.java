package uk.warden.app.signin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.warden.app.account.Role;

/**
 * Turns a single sign-on user's claims into a Warden role and a user name.
 *
 * <p>The role comes from the values of the configured claim ({@code roles} by default), or of
 * {@code groups} when the token has no such claim, each looked up in the role map. When several
 * values map, the user gets the most privileged of their roles (ADMIN, then DPO, ANALYST, AUDITOR):
 * each mapping is an administrator's explicit grant, so taking a lesser one would silently withhold
 * a right they gave. When none maps, the user gets no role at all, never a default one.
 */
final class OidcRoles {

  static final String GROUPS = "groups";

  /** Entra ID's user principal name, then the e-mail address, then the provider's opaque id. */
  private static final List<String> NAME_CLAIMS = List.of("preferred_username", "email", "sub");

  private final String roleClaim;
  private final Map<String, Role> roleMap;

  OidcRoles(String roleClaim, Map<String, Role> roleMap) {
    this.roleClaim = roleClaim;
    this.roleMap = roleMap;
  }

  Optional<Role> roleOf(Map<String, Object> claims) {
    Collection<String> values =
        claims.containsKey(roleClaim) ? values(claims.get(roleClaim)) : values(claims.get(GROUPS));
    return values.stream().map(roleMap::get).filter(Objects::nonNull).min(Role::compareTo);
  }

  /** The claim that names the user in Warden: the first of {@link #NAME_CLAIMS} present. */
  static String nameClaim(Map<String, Object> claims) {
    return NAME_CLAIMS.stream()
        .filter(c -> claims.get(c) instanceof String s && !s.isBlank())
        .findFirst()
        .orElse("sub");
  }

  /** A claim may be a list of strings or, from some providers when there is one, a string. */
  private static Collection<String> values(@Nullable Object claim) {
    if (claim instanceof Collection<?> many) {
      return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    return claim instanceof String one ? List.of(one) : List.of();
  }
}
