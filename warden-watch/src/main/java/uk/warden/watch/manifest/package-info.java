@NullMarked
package uk.warden.watch.manifest;

import org.jspecify.annotations.NullMarked;
