/** Incidents and impact through the REST API under {@code /api/v1}. */
@NullMarked
package uk.warden.app.breach.api;

import org.jspecify.annotations.NullMarked;
