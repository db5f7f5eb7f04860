package uk.warden.app.signin;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import uk.warden.app.account.SignInLockout;

/**
 * Signs in with a local account's password, counting wrong passwords towards the lock-out. The lock
 * is checked after the password, so a locked account is refused as slowly as a wrong password and
 * with the same page: neither says whether the name exists.
 */
public final class PasswordSignIn implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final SignInLockout lockout;

  /** {@code passwords} checks a name and password against the local accounts. */
  public PasswordSignIn(AuthenticationProvider passwords, SignInLockout lockout) {
    this.passwords = passwords;
    this.lockout = lockout;
  }

  @Override
  public @Nullable Authentication authenticate(Authentication attempt) {
    String username = attempt.getName();
    Authentication signedIn;
    try {
      signedIn = passwords.authenticate(attempt);
    } catch (BadCredentialsException e) {
      lockout.recordFailure(username);
      throw e;
    }
    if (signedIn == null) {
      return null; // not for this provider after all, as the contract allows
    }
    if (lockout.isLocked(username)) {
      throw new LockedException("locked after failed sign-ins");
    }
    lockout.recordSuccess(username);
    return signedIn;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
