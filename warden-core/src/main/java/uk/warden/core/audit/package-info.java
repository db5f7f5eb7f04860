/**
 * Warden's own audit log (issue 6, DOMAIN.md §2.2): every read of personal data in Warden and every
 * change, appended to a hash chain so that an altered, removed, inserted or reordered entry is
 * found by {@link uk.warden.core.audit.ChainVerifier}, and exported to a SIEM as JSON lines or CEF.
 *
 * <p>Entries carry record references (such as a pay number or an incident id), never names or other
 * record content: an erasure entry in particular must not copy what was erased.
 */
@NullMarked
package uk.warden.core.audit;

import org.jspecify.annotations.NullMarked;
