package uk.warden.app.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.warden.app.account.Role;
import uk.warden.app.account.SignInLockout;
import uk.warden.app.testing.ApiTestSupport;

/** Signing in with a password through the web app: the lock-out and the session time-outs. */
class SignInWebTests extends ApiTestSupport {

  private static final String PASSWORD = "a long enough password";
  private static final String WRONG = "not the password at all";

  @Autowired SignInLockout lockout;
  @Autowired SessionSettings sessions;
  @Autowired Environment environment;

  @Test
  void fiveWrongPasswordsLockTheAccountSoEvenTheRightOneIsRefusedUntilUnlocked() throws Exception {
    String name = user();
    for (int i = 0; i < 5; i++) {
      signIn(name, WRONG).andExpect(redirectedUrl("/login?error"));
    }

    signIn(name, PASSWORD).andExpect(redirectedUrl("/login?error"));
    assertThat(lockout.isLocked(name)).isTrue();

    lockout.unlock(name);
    signIn(name, PASSWORD).andExpect(redirectedUrl("/"));
  }

  @Test
  void aSuccessfulSignInStartsTheCountAgain() throws Exception {
    String name = user();
    for (int i = 0; i < 4; i++) {
      signIn(name, WRONG).andExpect(redirectedUrl("/login?error"));
    }
    signIn(name, PASSWORD).andExpect(redirectedUrl("/"));
    for (int i = 0; i < 4; i++) {
      signIn(name, WRONG).andExpect(redirectedUrl("/login?error"));
    }

    signIn(name, PASSWORD).andExpect(redirectedUrl("/"));
  }

  @Test
  void anUnknownNameALockedAccountAndAWrongPasswordAllLookTheSame() throws Exception {
    String locked = user();
    for (int i = 0; i < 5; i++) {
      signIn(locked, WRONG);
    }

    signIn(locked, PASSWORD).andExpect(redirectedUrl("/login?error"));
    signIn(user(), WRONG).andExpect(redirectedUrl("/login?error"));
    signIn(unique("nobody"), WRONG).andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/login").param("error", ""))
        .andExpect(
            content()
                .string(
                    containsString("The user name or password is wrong, or the account is locked")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "After 5 wrong passwords in a row an account is locked for 15 minutes.")));
  }

  @Test
  void aRequestWithASessionThatTimedOutFromIdlenessGoesToSignInWithAMessage() throws Exception {
    mvc.perform(get("/people").with(endedSession()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login?expired"));
    mvc.perform(post("/parties").with(endedSession()).param("code", unique("p")))
        .andExpect(redirectedUrl("/login?expired"));
    mvc.perform(get("/login").param("expired", ""))
        .andExpect(
            content()
                .string(containsString("You were signed out after 30 minutes without activity.")));
  }

  @Test
  void aVisitorWithoutASessionIsNotToldItTimedOut() throws Exception {
    mvc.perform(get("/people")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/login")).andExpect(content().string(not(containsString("signed out"))));
  }

  @Test
  void theIdleTimeOutIsTheServletContainersSessionTimeOut() {
    assertThat(sessions.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
        .isEqualTo(sessions.idleTimeout());
  }

  @Test
  void aSessionEndsEightHoursAfterSignInHoweverBusy() throws Exception {
    String name = user();
    MockHttpSession session =
        (MockHttpSession) signIn(name, PASSWORD).andReturn().getRequest().getSession(false);
    mvc.perform(get("/tokens").session(session)).andExpect(status().isOk());
    Instant signedInAt = (Instant) session.getAttribute(AbsoluteSessionTimeout.SIGNED_IN_AT);
    assertThat(signedInAt).isBetween(Instant.now().minusSeconds(60), Instant.now());
    assertThat(sessions.absoluteTimeout()).isEqualTo(Duration.ofHours(8));

    session.setAttribute(
        AbsoluteSessionTimeout.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(8)));

    mvc.perform(get("/tokens").session(session)).andExpect(redirectedUrl("/login?timedOut"));
    assertThat(session.isInvalid()).isTrue();
    mvc.perform(get("/login").param("timedOut", ""))
        .andExpect(
            content()
                .string(containsString("You were signed out: a session lasts at most 8 hours.")));
  }

  @Test
  void theSignInPageOffersNoSingleSignOnUntilAProviderIsSet() throws Exception {
    mvc.perform(get("/login")).andExpect(content().string(not(containsString("sign-in-sso"))));
  }

  @Test
  void readsTheSettingsAsAPersonWould() {
    assertThat(SignInPage.words(Duration.ofHours(8))).isEqualTo("8 hours");
    assertThat(SignInPage.words(Duration.ofHours(1))).isEqualTo("1 hour");
    assertThat(SignInPage.words(Duration.ofMinutes(30))).isEqualTo("30 minutes");
    assertThat(SignInPage.words(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    assertThat(SignInPage.words(Duration.ofSeconds(45))).isEqualTo("45 seconds");
  }

  private String user() {
    String name = unique("signin");
    accounts.createUser(name, Role.DPO, PASSWORD);
    return name;
  }

  private ResultActions signIn(String name, String password) throws Exception {
    return mvc.perform(
        post("/login").with(csrf()).param("username", name).param("password", password));
  }

  /** The browser still presents a session id that the server has dropped. */
  private static RequestPostProcessor endedSession() {
    return request -> {
      request.setRequestedSessionId("ended-session");
      request.setRequestedSessionIdValid(false);
      return request;
    };
  }
}
