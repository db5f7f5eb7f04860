/** What every capability shares: where the store is, security, errors as problem details. */
@NullMarked
package uk.warden.app.platform;

import org.jspecify.annotations.NullMarked;
