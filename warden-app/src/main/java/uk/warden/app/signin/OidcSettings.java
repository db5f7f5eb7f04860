package uk.warden.app.signin;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.warden.app.account.Role;

/**
 * {@code warden.oidc.*}: single sign-on through an OpenID Connect provider, on when {@code
 * issuerUri} is set. {@code roleClaim} names the ID token claim whose values {@code roleMap} turns
 * into Warden roles; when a user's token lacks it, their {@code groups} claim is read instead
 * (Entra ID puts app roles in {@code roles} and group object ids in {@code groups}).
 */
@ConfigurationProperties("warden.oidc")
public record OidcSettings(
    @Nullable String issuerUri,
    @Nullable String clientId,
    @Nullable String clientSecret,
    @DefaultValue("single sign-on") String providerName,
    @DefaultValue("roles") String roleClaim,
    @DefaultValue Map<String, Role> roleMap) {

  public OidcSettings {
    if (issuerUri != null && (blank(clientId) || blank(clientSecret))) {
      throw new IllegalArgumentException(
          "warden.oidc.issuer-uri is set, so warden.oidc.client-id and warden.oidc.client-secret"
              + " must be too");
    }
    roleMap = Map.copyOf(roleMap);
  }

  public boolean enabled() {
    return issuerUri != null;
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
