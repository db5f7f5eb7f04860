package uk.warden.app.platform;

import org.springframework.security.core.Authentication;
import uk.warden.app.account.Role;

/** What the signed-in user's roles allow, for pages that hide forms the user may not post. */
public final class WebRoles {

  private WebRoles() {}

  /** Whether the user holds a role that changes things (the security configuration's writers). */
  public static boolean writes(Authentication auth) {
    return auth.getAuthorities().stream()
        .anyMatch(
            a ->
                a.getAuthority() != null
                    && a.getAuthority().startsWith("ROLE_")
                    && isWriter(a.getAuthority().substring(5)));
  }

  private static boolean isWriter(String role) {
    for (Role r : Role.values()) {
      if (r.name().equals(role)) {
        return r.writes();
      }
    }
    return false;
  }
}
