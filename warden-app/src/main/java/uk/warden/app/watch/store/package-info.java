@NullMarked
package uk.warden.app.watch.store;

import org.jspecify.annotations.NullMarked;
