package uk.warden.app.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.warden.app.account.AccountService;

/** Signs in an API call that presents a personal token as a bearer token. */
class ApiTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final AccountService accounts;

  ApiTokenFilter(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      String secret = header.substring(BEARER.length()).trim();
      var account = accounts.authenticateToken(secret);
      if (account.isEmpty()) {
        SecurityConfig.problem(
            response, 401, "Unauthorized", "The token is unknown, expired or revoked.");
        return;
      }
      var auth =
          new UsernamePasswordAuthenticationToken(
              account.get().username(), null, Permissions.authoritiesOf(account.get()));
      SecurityContextHolder.getContext().setAuthentication(auth);
    }
    chain.doFilter(request, response);
  }
}
