/** The custody ledger's REST API under {@code /api/v1}: transfers, deletions and holdings. */
@NullMarked
package uk.warden.app.custody.api;

import org.jspecify.annotations.NullMarked;
