/**
 * Police detectors: ranks (from warden-core's {@link uk.warden.core.register.RankTable}, England
 * and Wales and the Metropolitan Police), pay or staff numbers and collar (shoulder) numbers. No
 * other detector covers these (DETECTORS.md §6 point 5), and their formats differ by force
 * (DOMAIN.md §5.3), so the number detectors need context and their shapes are configurable.
 */
@NullMarked
package uk.warden.inspect.detect.police;

import org.jspecify.annotations.NullMarked;
