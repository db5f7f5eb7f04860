package uk.warden.app.signin;

import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.warden.app.account.SignInSettings;

/**
 * The sign-in page: the local form, the single sign-on button when a provider is set, and why the
 * visitor is here (signed out, timed out, locked or wrong password, refused by role).
 */
@Controller
class SignInPage {

  private final SignInSettings signIn;
  private final SessionSettings sessions;
  private final OidcSettings oidc;

  SignInPage(SignInSettings signIn, SessionSettings sessions, OidcSettings oidc) {
    this.signIn = signIn;
    this.sessions = sessions;
    this.oidc = oidc;
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("maxFailures", signIn.maxFailures());
    model.addAttribute("lockout", words(signIn.lockout()));
    model.addAttribute("idleTimeout", words(sessions.idleTimeout()));
    model.addAttribute("absoluteTimeout", words(sessions.absoluteTimeout()));
    if (oidc.enabled()) {
      model.addAttribute("provider", oidc.providerName());
      model.addAttribute("providerSignIn", "/oauth2/authorization/" + SingleSignOn.REGISTRATION_ID);
    }
    return "login";
  }

  /** "15 minutes", "8 hours": the settings as a person reads them. */
  static String words(Duration d) {
    long seconds = d.toSeconds();
    if (seconds % 3600 == 0) {
      return plural(seconds / 3600, "hour");
    }
    if (seconds % 60 == 0) {
      return plural(seconds / 60, "minute");
    }
    return plural(seconds, "second");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
