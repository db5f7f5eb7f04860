package uk.warden.app.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.support.SpringApplicationJsonEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import uk.warden.app.account.Role;

/**
 * {@code warden.oidc.*} as an operator writes it: a role map keyed by Entra ID app role values
 * (dots, capitals) and group object ids, from a properties file or from the environment.
 */
class OidcSettingsTests {

  private static final String ISSUER = "https://login.microsoftonline.com/tenant/v2.0";
  private static final String GROUP = "5f1c0d7a-2b4e-4c8e-9a51-3d2f6b7c8e90";

  @Test
  void bindsRoleMapKeysWithDotsAndCapitalsFromBracketedNames() {
    OidcSettings settings =
        bind(
            new Binder(
                new MapConfigurationPropertySource(
                    Map.of(
                        "warden.oidc.issuer-uri",
                        ISSUER,
                        "warden.oidc.client-id",
                        "id",
                        "warden.oidc.client-secret",
                        "secret",
                        "warden.oidc.role-map[Warden.DPO]",
                        "DPO",
                        "warden.oidc.role-map[" + GROUP + "]",
                        "ADMIN"))));

    assertThat(settings.roleMap())
        .containsExactlyInAnyOrderEntriesOf(Map.of("Warden.DPO", Role.DPO, GROUP, Role.ADMIN));
    assertThat(settings.roleClaim()).isEqualTo("roles");
    assertThat(settings.providerName()).isEqualTo("single sign-on");
    assertThat(settings.enabled()).isTrue();
  }

  @Test
  void bindsFromEnvironmentVariablesWithTheRoleMapInSpringApplicationJson() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                "env",
                Map.of(
                    "WARDEN_OIDC_ISSUER_URI",
                    ISSUER,
                    "WARDEN_OIDC_CLIENT_ID",
                    "id",
                    "WARDEN_OIDC_CLIENT_SECRET",
                    "secret",
                    "WARDEN_OIDC_PROVIDER_NAME",
                    "Microsoft Entra ID",
                    "WARDEN_OIDC_ROLE_CLAIM",
                    "groups",
                    "SPRING_APPLICATION_JSON",
                    "{\"warden\":{\"oidc\":{\"role-map\":{\"Warden.DPO\":\"DPO\",\""
                        + GROUP
                        + "\":\"AUDITOR\"}}}}")));
    new SpringApplicationJsonEnvironmentPostProcessor()
        .postProcessEnvironment(environment, new SpringApplication());
    ConfigurationPropertySources.attach(environment);

    OidcSettings settings = bind(Binder.get(environment));

    assertThat(settings.issuerUri()).isEqualTo(ISSUER);
    assertThat(settings.clientSecret()).isEqualTo("secret");
    assertThat(settings.providerName()).isEqualTo("Microsoft Entra ID");
    assertThat(settings.roleClaim()).isEqualTo("groups");
    assertThat(settings.roleMap())
        .containsExactlyInAnyOrderEntriesOf(Map.of("Warden.DPO", Role.DPO, GROUP, Role.AUDITOR));
  }

  @Test
  void isOffWithoutAnIssuer() {
    OidcSettings settings = bind(new Binder(new MapConfigurationPropertySource(Map.of())));

    assertThat(settings.enabled()).isFalse();
    assertThat(settings.roleMap()).isEmpty();
  }

  @Test
  void anIssuerWithoutClientCredentialsIsRefusedAtStart() {
    assertThatThrownBy(() -> new OidcSettings(ISSUER, "id", null, "Entra", "roles", Map.of()))
        .hasMessageContaining("warden.oidc.client-secret");
  }

  private static OidcSettings bind(Binder binder) {
    return binder.bindOrCreate("warden.oidc", OidcSettings.class);
  }
}
