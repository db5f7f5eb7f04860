/**
 * Bringing outside data into the register: HR extracts of people and the register-as-code YAML.
 * Every import is one transaction and is recorded in the import history, refused or not.
 */
@NullMarked
package uk.warden.app.register.importing;

import org.jspecify.annotations.NullMarked;
