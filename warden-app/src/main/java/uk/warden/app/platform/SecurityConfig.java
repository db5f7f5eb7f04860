package uk.warden.app.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import uk.warden.app.account.AccountService;
import uk.warden.app.account.SignInLockout;
import uk.warden.app.signin.AbsoluteSessionTimeout;
import uk.warden.app.signin.EndedSessionRedirect;
import uk.warden.app.signin.PasswordSignIn;
import uk.warden.app.signin.SessionSettings;
import uk.warden.app.signin.SingleSignOn;

/**
 * Two filter chains. The API is stateless and takes personal tokens ({@code Authorization: Bearer
 * wdn_...}); it has no cookies, so it needs no CSRF token. The web app signs in with a form and a
 * session, and every form carries a CSRF token. Everything but the sign-in page, static assets and
 * the health probe needs a signed-in user, and each path needs the action of the role × action
 * matrix that {@link AccessRules} names for it.
 *
 * <p>Both chains keep Spring Security's default headers ({@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: DENY}, no caching, and HSTS on requests that arrived over TLS) and add
 * their own Content-Security-Policy and Referrer-Policy.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfig {

  /** Pages: nothing inline, nothing from elsewhere, never in a frame. */
  static final String WEB_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self';"
          + " form-action 'self'";

  static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

  /**
   * Local accounts' passwords, with the lock-out. The only authentication provider bean, so Spring
   * Boot adds no default user and the form sign-in reaches accounts through this alone.
   */
  @Bean
  AuthenticationProvider passwordSignIn(
      AccountService accounts, PasswordEncoder encoder, SignInLockout lockout) {
    UserDetailsService users =
        username ->
            accounts
                .credentials(username)
                .map(
                    c ->
                        User.withUsername(c.account().username())
                            .password(c.passwordHash())
                            .authorities(Permissions.authoritiesOf(c.account()))
                            .disabled(!c.account().enabled())
                            .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(encoder);
    return new PasswordSignIn(passwords, lockout);
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AccountService accounts) throws Exception {
    http.securityMatcher("/api/**")
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .addFilterBefore(new ApiTokenFilter(accounts), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> AccessRules.apply(AccessRules.API, auth))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) ->
                            problem(res, 401, "Unauthorized", "Sign in with a bearer token."))
                    .accessDeniedHandler(
                        (req, res, ex) ->
                            problem(res, 403, "Forbidden", "Your role may not do this.")))
        // JSON is never a page: nothing may load, frame or refer onwards from it.
        .headers(
            h ->
                h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(
      HttpSecurity http,
      SessionSettings sessions,
      Clock clock,
      ObjectProvider<SingleSignOn> singleSignOn)
      throws Exception {
    EndedSessionRedirect toSignIn = new EndedSessionRedirect();
    http.authorizeHttpRequests(
            auth -> {
              auth.requestMatchers(
                      "/login",
                      "/css/**",
                      "/js/**",
                      "/webjars/**",
                      "/favicon.ico",
                      "/error",
                      "/actuator/health")
                  .permitAll();
              AccessRules.apply(AccessRules.WEB, auth);
            })
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
        .exceptionHandling(e -> e.authenticationEntryPoint(toSignIn).accessDeniedHandler(toSignIn))
        .addFilterAfter(
            new AbsoluteSessionTimeout(sessions.absoluteTimeout(), clock),
            SecurityContextHolderFilter.class)
        .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
        .headers(
            h ->
                h.contentSecurityPolicy(csp -> csp.policyDirectives(WEB_CSP))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    SingleSignOn sso = singleSignOn.getIfAvailable();
    if (sso != null) {
      sso.configure(http);
    }
    return http.build();
  }

  static void problem(HttpServletResponse res, int status, String title, String detail)
      throws IOException {
    res.setStatus(status);
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + detail
                + "\"}");
  }
}
