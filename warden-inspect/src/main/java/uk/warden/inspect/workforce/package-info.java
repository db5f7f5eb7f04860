/**
 * Matching values in a file against the force's own people without holding the roster: the register
 * exports keyed hashes (HMAC-SHA256) of normalised pay numbers, collar numbers and names, and the
 * inspector hashes what it finds with the same key and looks the hashes up.
 */
@NullMarked
package uk.warden.inspect.workforce;

import org.jspecify.annotations.NullMarked;
