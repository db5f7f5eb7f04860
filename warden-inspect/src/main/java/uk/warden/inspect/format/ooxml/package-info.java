/**
 * Office Open XML packages read as raw parts, shared by the Word and PowerPoint readers: a zip
 * opened only after its central directory passed the {@link uk.warden.inspect.content.Limits},
 * every part expanded through a meter, and every XML part parsed by the JDK's StAX with DTDs
 * refused.
 *
 * <p>What every package can hide whatever the application (properties, external relationships,
 * embedded objects, picture metadata, macros, chart caches) is reported here once, by {@link
 * uk.warden.inspect.format.ooxml.PackageScan}.
 */
@NullMarked
package uk.warden.inspect.format.ooxml;

import org.jspecify.annotations.NullMarked;
