package uk.warden.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.warden.app.testing.MutableClock;

/** A signed-in session ends a fixed time after sign-in, however busy. */
class AbsoluteSessionTimeoutTests {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T08:00:00Z"));
  private final AbsoluteSessionTimeout filter =
      new AbsoluteSessionTimeout(Duration.ofHours(8), clock);
  private final MockHttpSession session = new MockHttpSession();

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void endsTheSessionEightHoursAfterSignInEvenIfItWasNeverIdle() throws Exception {
    signedIn();
    assertThat(request().getRedirectedUrl()).isNull();

    for (int hour = 1; hour < 8; hour++) {
      clock.advance(Duration.ofHours(1));
      assertThat(request().getRedirectedUrl()).as("hour " + hour).isNull();
    }
    clock.advance(Duration.ofMinutes(59));
    assertThat(request().getRedirectedUrl()).isNull();
    clock.advance(Duration.ofMinutes(1));

    MockHttpServletResponse ended = request();
    assertThat(ended.getRedirectedUrl()).isEqualTo("/login?timedOut");
    assertThat(session.isInvalid()).isTrue();
    assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
  }

  @Test
  void leavesASessionNobodyHasSignedInToAlone() throws Exception {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new AnonymousAuthenticationToken(
                "key", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
    request();
    clock.advance(Duration.ofDays(1));

    assertThat(request().getRedirectedUrl()).isNull();
    assertThat(session.isInvalid()).isFalse();
  }

  @Test
  void countsFromSignInNotFromWhenTheSessionBegan() throws Exception {
    request();
    clock.advance(Duration.ofMinutes(20));
    signedIn();
    request();

    clock.advance(Duration.ofHours(8).minusMinutes(1));

    assertThat(request().getRedirectedUrl()).isNull();
  }

  private void signedIn() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "alice", null, List.of(new SimpleGrantedAuthority("ROLE_DPO"))));
  }

  private MockHttpServletResponse request() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/people");
    request.setSession(session);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }
}
