package uk.warden.app.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import uk.warden.app.account.AccountService;
import uk.warden.core.audit.Outcome;

/**
 * Puts sign-ins on record, and failed ones: a run of failures is what a password-guessing attack
 * looks like. A failed attempt is recorded under the name tried only when such an account exists;
 * otherwise as {@code unknown}, because people type passwords into the name field.
 */
@Component
class SignInAudit {

  private final Audit audit;
  private final AccountService accounts;

  SignInAudit(Audit audit, AccountService accounts) {
    this.audit = audit;
    this.accounts = accounts;
  }

  @EventListener
  void signedIn(AuthenticationSuccessEvent event) {
    audit.security("signin", event.getAuthentication().getName(), Outcome.DONE);
  }

  @EventListener
  void refused(AbstractAuthenticationFailureEvent event) {
    String tried = event.getAuthentication().getName();
    boolean known = tried != null && accounts.credentials(tried).isPresent();
    audit.security("signin", known ? tried : "unknown", Outcome.REFUSED);
  }
}
