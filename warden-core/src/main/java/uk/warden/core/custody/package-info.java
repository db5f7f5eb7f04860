/**
 * The custody ledger: every transfer of people's data to a party and every deletion a party
 * attested, kept in memory as compressed person sets, and the questions asked of it: what did a
 * party hold at an instant, and what did the parties in scope hold during a window.
 *
 * <p>People are never objects here. A transfer carries a {@link PersonSet} (a bitmap over the dense
 * person index) and every answer is computed by set algebra over those bitmaps, so that a national
 * ledger of tens of millions of person-memberships answers in milliseconds.
 */
@NullMarked
package uk.warden.core.custody;

import org.jspecify.annotations.NullMarked;
