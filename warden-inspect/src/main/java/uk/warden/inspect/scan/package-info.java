/**
 * Turns what a reader describes into findings: runs the detectors over every text and cell,
 * classifies table columns from header and values together, matches the workforce, and counts
 * distinct people, keeping hashes and masked examples only.
 */
@NullMarked
package uk.warden.inspect.scan;

import org.jspecify.annotations.NullMarked;
