/** The synthetic demo force: generated, deterministic, loaded into an empty store. */
@NullMarked
package uk.warden.app.demo;

import org.jspecify.annotations.NullMarked;
