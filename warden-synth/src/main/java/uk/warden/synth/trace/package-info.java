/**
 * Measures how well leaks are traced: a synthetic workforce, a history of past extracts of it
 * (monthly re-sends of nearly the same people to one party among them, the hard case), each marked
 * and indexed as Warden would, and leaks cut from them as found files are: partial, columns
 * dropped, rows shuffled, values retyped, canaries kept or lost.
 */
@NullMarked
package uk.warden.synth.trace;

import org.jspecify.annotations.NullMarked;
