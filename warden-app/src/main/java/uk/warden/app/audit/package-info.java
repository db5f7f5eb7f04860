/**
 * Warden's own audit log: who read or changed what in Warden, when, from where and why, appended to
 * the hash chain of {@link uk.warden.core.audit}, verified and exported by {@code warden audit} and
 * browsed by an auditor at {@code /audit}.
 */
@NullMarked
package uk.warden.app.audit;

import org.jspecify.annotations.NullMarked;
