/** Pages for a user's own API tokens. */
@NullMarked
package uk.warden.app.account.web;

import org.jspecify.annotations.NullMarked;
