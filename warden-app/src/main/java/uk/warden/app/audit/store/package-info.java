@NullMarked
package uk.warden.app.audit.store;

import org.jspecify.annotations.NullMarked;
