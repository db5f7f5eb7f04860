/**
 * The register: the people a force holds data about, the data categories it uses, the parties that
 * can hold that data, the systems where it lives and the agreements that allow it.
 *
 * <p>Everything here is a value: records with validation in their constructors. Stores and faces
 * live in the app module; this package knows nothing of databases or the web.
 */
@NullMarked
package uk.warden.core.register;

import org.jspecify.annotations.NullMarked;
