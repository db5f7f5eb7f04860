/**
 * The custody ledger: what each party was given and what it attested it destroyed, and what it
 * holds.
 */
@NullMarked
package uk.warden.app.custody;

import org.jspecify.annotations.NullMarked;
