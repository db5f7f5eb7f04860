/** The access register as kept. */
@NullMarked
package uk.warden.app.access.store;

import org.jspecify.annotations.NullMarked;
