@NullMarked
package uk.warden.app.audit.api;

import org.jspecify.annotations.NullMarked;
