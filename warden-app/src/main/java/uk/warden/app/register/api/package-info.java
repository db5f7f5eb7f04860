/** The register's REST API under {@code /api/v1}: JSON in and out, errors as problem details. */
@NullMarked
package uk.warden.app.register.api;

import org.jspecify.annotations.NullMarked;
