package uk.warden.app.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import uk.warden.app.account.AccountService;

/**
 * Two filter chains. The API is stateless and takes personal tokens ({@code Authorization: Bearer
 * wdn_...}); it has no cookies, so it needs no CSRF token. The web app signs in with a form and a
 * session, and every form carries a CSRF token. Everything but the sign-in page, static assets and
 * the health probe needs a signed-in user; writes need a role that writes.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfig {

  static final String[] WRITERS = {"ADMIN", "DPO"};

  /**
   * Who reads Warden's own audit log: the auditor, and the DPO who answers for it. Not ADMIN: the
   * people who run Warden are among those the log watches.
   */
  static final String[] AUDIT_READERS = {"AUDITOR", "DPO"};

  @Bean
  UserDetailsService userDetailsService(AccountService accounts) {
    return username ->
        accounts
            .credentials(username)
            .map(
                c ->
                    User.withUsername(c.account().username())
                        .password(c.passwordHash())
                        .roles(c.account().role().name())
                        .disabled(!c.account().enabled())
                        .build())
            .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AccountService accounts) throws Exception {
    http.securityMatcher("/api/**")
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .addFilterBefore(new ApiTokenFilter(accounts), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/api/v1/audit/**")
                    .hasAnyRole(AUDIT_READERS)
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .authenticated()
                    .requestMatchers("/api/v1/tokens/**")
                    .authenticated()
                    .anyRequest()
                    .hasAnyRole(WRITERS))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) ->
                            problem(res, 401, "Unauthorized", "Sign in with a bearer token."))
                    .accessDeniedHandler(
                        (req, res, ex) ->
                            problem(res, 403, "Forbidden", "Your role may not do this.")));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health")
                    .permitAll()
                    .requestMatchers("/audit/**")
                    .hasAnyRole(AUDIT_READERS)
                    .requestMatchers(HttpMethod.POST, "/tokens/**", "/logout", "/reason")
                    .authenticated()
                    .requestMatchers(HttpMethod.POST, "/**")
                    .hasAnyRole(WRITERS)
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
        .headers(
            h ->
                h.contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self';"
                                    + " img-src 'self' data:; font-src 'self'; object-src 'none';"
                                    + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
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
