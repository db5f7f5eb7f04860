@NullMarked
package uk.warden.watch.collect;

import org.jspecify.annotations.NullMarked;
