/**
 * E-mail messages (.eml): headers and bodies as text, attachments handed on as nested documents,
 * and the open recipient list that is itself a disclosure when it names many people.
 */
@NullMarked
package uk.warden.inspect.format.mail;

import org.jspecify.annotations.NullMarked;
