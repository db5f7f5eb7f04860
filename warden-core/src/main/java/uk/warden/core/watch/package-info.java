/**
 * Integrity watch: notices an unexplained loss of stored data the day it happens. South Yorkshire
 * Police lost 96,174 body-worn video files in 2023 and found out weeks later from a disk that ran
 * low. Here each system's daily object counts are compared with what its own recent history
 * predicts, after adding back every decrease that retention, recorded deletions or a registered
 * migration explain; what is left is a loss.
 */
@NullMarked
package uk.warden.core.watch;

import org.jspecify.annotations.NullMarked;
