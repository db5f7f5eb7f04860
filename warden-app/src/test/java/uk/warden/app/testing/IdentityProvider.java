package uk.warden.app.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider (Spring Authorization Server) for sign-in tests, on a random port
 * of {@code localhost}. It runs in its own Spring context, apart from Warden's, with only the
 * auto-configuration a web server needs and without Warden's application.yaml. Its users sign in on
 * its own login form, and their ID tokens carry {@code preferred_username} ({@code
 * NAME@force.example}) and, when they have any, a {@code roles} claim as Entra ID's app roles do.
 *
 * <p>Tests should reach Warden at 127.0.0.1 and this provider at localhost: two sites to the
 * browser, as Warden and Entra ID are, so the session cookie must survive a cross-site return; and
 * two hosts, so the two servers' session cookies do not overwrite each other.
 */
public final class IdentityProvider implements AutoCloseable {

  public static final String CLIENT_ID = "warden";
  public static final String CLIENT_SECRET = "test-secret-" + UUID.randomUUID();

  /** A person who can sign in to the provider, with the values of their {@code roles} claim. */
  public record Person(String username, String password, List<String> roles) {}

  private final ConfigurableApplicationContext context;

  private IdentityProvider(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static IdentityProvider start(List<Person> people) {
    SpringApplication app = new SpringApplication(Server.class);
    // One logging set-up per JVM: Warden's test contexts own it.
    app.setListeners(
        app.getListeners().stream()
            .filter(l -> !(l instanceof LoggingApplicationListener))
            .toList());
    app.addInitializers(
        c -> ((GenericApplicationContext) c).registerBean(People.class, () -> new People(people)));
    return new IdentityProvider(
        app.run(
            "--spring.config.name=identity-provider",
            "--spring.main.banner-mode=off",
            "--spring.main.log-startup-info=false",
            "--server.port=0",
            "--server.address=127.0.0.1"));
  }

  /** The issuer, as Warden's {@code warden.oidc.issuer-uri}. */
  public String issuer() {
    return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Override
  public void close() {
    context.close();
  }

  record People(List<Person> all) {}

  /** The provider's beans; not a component, so Warden's scans never pick it up. */
  @EnableWebSecurity
  @ImportAutoConfiguration({
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    SecurityAutoConfiguration.class
  })
  static class Server {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
      http.oauth2AuthorizationServer(
              server -> {
                http.securityMatcher(server.getEndpointsMatcher());
                server.oidc(Customizer.withDefaults());
              })
          .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
          .exceptionHandling(
              e ->
                  e.defaultAuthenticationEntryPointFor(
                      new LoginUrlAuthenticationEntryPoint("/login"),
                      new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
          // The user info endpoint takes the access tokens this server issues.
          .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
      return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
          .formLogin(Customizer.withDefaults());
      return http.build();
    }

    @Bean
    UserDetailsService users(People people) {
      return new InMemoryUserDetailsManager(
          people.all().stream()
              .map(p -> User.withUsername(p.username()).password("{noop}" + p.password()).build())
              .toList());
    }

    @Bean
    RegisteredClientRepository clients() {
      return new InMemoryRegisteredClientRepository(
          RegisteredClient.withId("warden")
              .clientId(CLIENT_ID)
              .clientSecret("{noop}" + CLIENT_SECRET)
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              // A loopback address matches whatever port Warden's test server has (RFC 8252).
              .redirectUri("http://127.0.0.1/login/oauth2/code/oidc")
              .scope(OidcScopes.OPENID)
              .scope(OidcScopes.PROFILE)
              .scope(OidcScopes.EMAIL)
              .build());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> entraLikeClaims(People people) {
      return context -> {
        if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
          return;
        }
        String name = context.getPrincipal().getName();
        context.getClaims().claim("preferred_username", name + "@force.example");
        people.all().stream()
            .filter(p -> p.username().equals(name) && !p.roles().isEmpty())
            .findFirst()
            .ifPresent(p -> context.getClaims().claim("roles", p.roles()));
      };
    }

    @Bean
    KeyPair signingKey() throws NoSuchAlgorithmException {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(KeyPair signingKey) {
      RSAKey key =
          new RSAKey.Builder((RSAPublicKey) signingKey.getPublic())
              .privateKey((RSAPrivateKey) signingKey.getPrivate())
              .keyID("test")
              .build();
      return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(KeyPair signingKey) {
      return NimbusJwtDecoder.withPublicKey((RSAPublicKey) signingKey.getPublic()).build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
      return AuthorizationServerSettings.builder().build();
    }
  }
}
