package uk.warden.app.account;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.warden.app.account.store.AccountStore;
import uk.warden.app.audit.Audit;
import uk.warden.app.platform.NotFoundException;
import uk.warden.core.input.BadInputException;
import uk.warden.core.input.InputProblem;

/**
 * The names grant: lets one analyst see people's names, which their role alone does not. Only an
 * analyst can hold it (every other role sees names already), and every grant and revocation goes on
 * the audit record. It takes effect at the analyst's next sign-in or API call.
 */
@Service
@Transactional
public class NameGrants {

  private final AccountStore store;
  private final Audit audit;

  NameGrants(AccountStore store, Audit audit) {
    this.store = store;
    this.audit = audit;
  }

  public void grant(String username) {
    Account account = account(username);
    if (account.role() != Role.ANALYST) {
      throw new BadInputException(
          InputProblem.field(
              "user",
              "role",
              account.role() + " sees names by role; only an ANALYST needs the grant"));
    }
    store.updateSeesNames(username, true);
    audit.administered("user.grant-names", List.of("user:" + username));
  }

  public void revoke(String username) {
    account(username);
    store.updateSeesNames(username, false);
    audit.administered("user.revoke-names", List.of("user:" + username));
  }

  private Account account(String username) {
    return store
        .credentials(username)
        .map(AccountStore.Credentials::account)
        .orElseThrow(() -> new NotFoundException("user", "no user " + username));
  }
}
