/**
 * The {@code warden} command line (picocli): one class per verb-noun. Commands parse options, call
 * capability services and print; they hold no logic of their own. Exit codes: 0 ok, 1 findings that
 * block, 2 bad input or usage.
 */
@NullMarked
package uk.warden.app.cli;

import org.jspecify.annotations.NullMarked;
