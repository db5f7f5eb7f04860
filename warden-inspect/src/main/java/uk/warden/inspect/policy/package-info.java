/**
 * The force's disclosure policy: which situations block, need review or pass. Kept as a file a
 * force can change (the built-in one is {@code default-policy.yaml} beside these classes), with one
 * fixed rule: what cannot be inspected never passes.
 */
@NullMarked
package uk.warden.inspect.policy;

import org.jspecify.annotations.NullMarked;
