@NullMarked
package uk.warden.app.watch.api;

import org.jspecify.annotations.NullMarked;
