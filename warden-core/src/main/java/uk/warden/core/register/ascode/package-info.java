/**
 * The register as code: a force describes its units, parties, systems and agreements in one YAML
 * file ({@link uk.warden.core.register.ascode.RegisterYaml}), and {@link
 * uk.warden.core.register.ascode.RegisterPlanner} compares it with the store to show, then apply,
 * what would be added, changed or removed.
 *
 * <p>The file is the whole register of those four entity kinds, so applying it is idempotent: a
 * second plan after an apply is empty. Nothing here touches a store; the app does that, following
 * the order of {@link uk.warden.core.register.ascode.RegisterPlan#changes()}.
 */
@NullMarked
package uk.warden.core.register.ascode;

import org.jspecify.annotations.NullMarked;
