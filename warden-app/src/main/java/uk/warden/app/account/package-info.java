/**
 * Warden's own accounts: local users with roles, and personal API tokens for scripts. Passwords and
 * tokens are kept only as hashes; a token is shown once, when it is made.
 */
@NullMarked
package uk.warden.app.account;

import org.jspecify.annotations.NullMarked;
