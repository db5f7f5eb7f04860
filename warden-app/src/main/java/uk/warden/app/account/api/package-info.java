/** The API for a user's own tokens. */
@NullMarked
package uk.warden.app.account.api;

import org.jspecify.annotations.NullMarked;
