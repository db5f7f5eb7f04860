/**
 * The register capability: people, units, parties, systems and agreements. {@link
 * uk.warden.app.register.RegisterService} is its API to the faces; {@code store}, {@code api},
 * {@code web} and {@code importing} are internal.
 */
@NullMarked
package uk.warden.app.register;

import org.jspecify.annotations.NullMarked;
