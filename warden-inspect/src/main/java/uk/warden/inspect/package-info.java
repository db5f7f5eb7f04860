/**
 * The disclosure guard: finds personal data and hidden content in files about to leave the force
 * (FOI responses, supplier extracts). Plain Java, so it can run anywhere; the app is one face.
 */
@NullMarked
package uk.warden.inspect;

import org.jspecify.annotations.NullMarked;
