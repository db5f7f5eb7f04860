/**
 * How people sign in to the web app and how long they stay signed in: local passwords with a
 * lock-out, OpenID Connect single sign-on (Microsoft Entra ID or any other provider) with claims
 * mapped to Warden roles, and idle and absolute session time-outs.
 */
@NullMarked
package uk.warden.app.signin;

import org.jspecify.annotations.NullMarked;
