/** SQL access to users and tokens. */
@NullMarked
package uk.warden.app.account.store;

import org.jspecify.annotations.NullMarked;
