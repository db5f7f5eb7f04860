package uk.warden.app.account.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.warden.app.account.AccountService;

/** A signed-in user's own API tokens: create (shown once), list, revoke. */
@Controller
class TokensWebController {

  private final AccountService accounts;

  TokensWebController(AccountService accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/tokens")
  String tokens(Principal who, Model model) {
    model.addAttribute("tokens", accounts.tokensOf(who.getName()));
    return "account/tokens";
  }

  @PostMapping("/tokens")
  String create(@RequestParam(defaultValue = "") String label, Principal who, Model model) {
    var token = accounts.createToken(who.getName(), label, null);
    // Rendered directly rather than redirected: the secret must never sit in a URL or a flash map.
    model.addAttribute("secret", token.secret());
    model.addAttribute("tokens", accounts.tokensOf(who.getName()));
    return "account/tokens";
  }

  @PostMapping("/tokens/{id}/revoke")
  String revoke(@PathVariable String id, Principal who, RedirectAttributes redirect) {
    accounts.revokeToken(who.getName(), id);
    return "redirect:/tokens";
  }
}
