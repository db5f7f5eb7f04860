/**
 * Breach scoping: incidents, their assessed impact, the regulator report and the notification list.
 */
@NullMarked
package uk.warden.app.breach;

import org.jspecify.annotations.NullMarked;
