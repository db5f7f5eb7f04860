/**
 * Bad input, described so a person can fix it: which file, which row or field, and why. Importers
 * collect every problem they find before refusing, so a user fixes a file in one pass.
 */
@NullMarked
package uk.warden.core.input;

import org.jspecify.annotations.NullMarked;
