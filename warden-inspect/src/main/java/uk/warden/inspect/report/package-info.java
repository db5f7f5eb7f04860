/**
 * What an inspection concluded: findings with their exact locations, the columns classified, the
 * people counted, and the verdict. Reports hold counts and masked examples, never found values, so
 * they can be stored, logged and shown to anyone entitled to see that a file was stopped.
 */
@NullMarked
package uk.warden.inspect.report;

import org.jspecify.annotations.NullMarked;
