/**
 * The disclosure guard's faces in the app: inspections of uploaded files with the force's policy
 * and a workforce match against the register, and the recorded two-person release decision.
 */
@NullMarked
package uk.warden.app.disclosure;

import org.jspecify.annotations.NullMarked;
