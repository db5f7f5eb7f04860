/** The access register over HTTP. */
@NullMarked
package uk.warden.app.access.api;

import org.jspecify.annotations.NullMarked;
