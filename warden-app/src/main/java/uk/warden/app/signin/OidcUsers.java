package uk.warden.app.signin;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.warden.app.account.Role;

/**
 * Loads a single sign-on user as Spring Security's standard service does, then gives them the one
 * Warden role their claims map to (as {@code ROLE_X}, like a local account) and names them by
 * {@link OidcRoles#nameClaim}. A user whose claims map to no role is refused.
 */
final class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  /** The error a refused user's sign-in fails with, so the sign-in page can say why. */
  static final String NO_ROLE = "warden_no_role";

  private static final Logger log = LoggerFactory.getLogger(OidcUsers.class);

  private final OidcUserService standard = new OidcUserService();
  private final OidcRoles roles;

  OidcUsers(OidcRoles roles) {
    this.roles = roles;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = standard.loadUser(request);
    Role role =
        roles
            .roleOf(user.getClaims())
            .orElseThrow(
                () -> {
                  log.info("Refused a single sign-on user whose claims map to no Warden role");
                  return new OAuth2AuthenticationException(
                      new OAuth2Error(NO_ROLE, "no claim value maps to a Warden role", null));
                });
    return new DefaultOidcUser(
        List.of(new SimpleGrantedAuthority("ROLE_" + role.name())),
        user.getIdToken(),
        user.getUserInfo(),
        OidcRoles.nameClaim(user.getClaims()));
  }
}
