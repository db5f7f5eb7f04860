/** Incidents, and the people's breach attributes read straight from the register. */
@NullMarked
package uk.warden.app.breach.store;

import org.jspecify.annotations.NullMarked;
