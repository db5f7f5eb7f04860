@NullMarked
package uk.warden.app.exports.store;

import org.jspecify.annotations.NullMarked;
