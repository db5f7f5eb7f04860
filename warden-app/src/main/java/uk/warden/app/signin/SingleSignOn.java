package uk.warden.app.signin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * OpenID Connect sign-in, present only when {@code warden.oidc.issuer-uri} is set. The provider's
 * endpoints and keys come from its discovery document, read once at start: a wrong issuer stops
 * Warden with the reason rather than failing the first person who tries.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "warden.oidc", name = "issuer-uri")
public class SingleSignOn {

  /** The path segment of Warden's sign-in and callback addresses for the provider. */
  public static final String REGISTRATION_ID = "oidc";

  private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

  private final InMemoryClientRegistrationRepository registrations;
  private final OidcUsers users;

  public SingleSignOn(OidcSettings settings) {
    ClientRegistration provider =
        ClientRegistrations.fromIssuerLocation(settings.issuerUri())
            .registrationId(REGISTRATION_ID)
            .clientId(settings.clientId())
            .clientSecret(settings.clientSecret())
            .clientName(settings.providerName())
            .scope("openid", "profile", "email")
            .build();
    this.registrations = new InMemoryClientRegistrationRepository(provider);
    this.users = new OidcUsers(new OidcRoles(settings.roleClaim(), settings.roleMap()));
  }

  /** Adds single sign-on to the web filter chain, beside the local sign-in form. */
  public void configure(HttpSecurity http) throws Exception {
    http.oauth2Login(
        login ->
            login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                // Warden needs the provider's tokens only to sign in: they die with the session
                // instead of piling up in memory.
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(info -> info.oidcUserService(users))
                .defaultSuccessUrl("/", true)
                .failureHandler(
                    (request, response, e) -> {
                      boolean refused =
                          e instanceof OAuth2AuthenticationException o
                              && OidcUsers.NO_ROLE.equals(o.getError().getErrorCode());
                      if (!refused) {
                        log.warn("Single sign-on failed: {}", e.getMessage());
                      }
                      response.sendRedirect(
                          request.getContextPath()
                              + (refused ? "/login?refused" : "/login?ssoFailed"));
                    }));
  }
}
