/**
 * Breach scoping: given an incident (which parties, which window, when the force became aware), who
 * and what was exposed, how certainly, how harmfully, and the draft report due to the ICO 72 hours
 * after awareness.
 *
 * <p>Everything is computed over person sets from the custody ledger and columnar person
 * attributes; per-person answers (one person's categories or tier) are looked up on demand. The
 * regulator report holds counts and categories only, never a name or an identifier.
 */
@NullMarked
package uk.warden.core.breach;

import org.jspecify.annotations.NullMarked;
