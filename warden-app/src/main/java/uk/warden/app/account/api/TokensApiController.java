package uk.warden.app.account.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.warden.app.account.AccountService;
import uk.warden.app.account.ApiToken;
import uk.warden.app.account.NewToken;

/** The caller's own API tokens. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens")
class TokensApiController {

  /** What a new token is for and, optionally, how many days it lives. */
  record TokenRequest(@Nullable String label, @Nullable Integer days) {}

  private final AccountService accounts;

  TokensApiController(AccountService accounts) {
    this.accounts = accounts;
  }

  @GetMapping
  @Operation(summary = "My tokens (never the secrets)")
  List<ApiToken> list(Principal who) {
    return accounts.tokensOf(who.getName());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a token; the secret is in this response only")
  NewToken create(@RequestBody TokenRequest request, Principal who) {
    return accounts.createToken(
        who.getName(),
        request.label() == null ? "api" : request.label(),
        request.days() == null ? null : Duration.ofDays(request.days()));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke one of my tokens")
  void revoke(@PathVariable String id, Principal who) {
    accounts.revokeToken(who.getName(), id);
  }
}
