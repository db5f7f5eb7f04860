/**
 * Access review campaigns: every live grant on the systems reviewed is snapshotted as an item, each
 * item is confirmed or revoked with a reason, revocations become tasks to remove the access in the
 * system itself, and the outcome is exported for auditors.
 */
@NullMarked
package uk.warden.app.review;

import org.jspecify.annotations.NullMarked;
