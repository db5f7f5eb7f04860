/**
 * Governed exports (issue 8): extracts for a party built from the register with only what its
 * agreement permits, recorded as transfers in the custody ledger, marked per extract with canaries
 * and a keyed row order, and traced back to the extract when a copy turns up.
 */
@NullMarked
package uk.warden.app.exports;

import org.jspecify.annotations.NullMarked;
