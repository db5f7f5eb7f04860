package uk.warden.inspect.detect;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import uk.warden.inspect.detect.generic.CardNumberDetector;
import uk.warden.inspect.detect.generic.DateOfBirthDetector;
import uk.warden.inspect.detect.generic.EmailDetector;
import uk.warden.inspect.detect.generic.IbanDetector;
import uk.warden.inspect.detect.generic.IpAddressDetector;
import uk.warden.inspect.detect.generic.SecretDetector;
import uk.warden.inspect.detect.police.CollarNumberDetector;
import uk.warden.inspect.detect.police.PayNumberDetector;
import uk.warden.inspect.detect.police.PoliceRankDetector;
import uk.warden.inspect.detect.police.RankLexicon;
import uk.warden.inspect.detect.uk.PersonNameDetector;
import uk.warden.inspect.detect.uk.UkBankAccountDetector;
import uk.warden.inspect.detect.uk.UkDrivingLicenceDetector;
import uk.warden.inspect.detect.uk.UkNhsNumberDetector;
import uk.warden.inspect.detect.uk.UkNinoDetector;
import uk.warden.inspect.detect.uk.UkPassportDetector;
import uk.warden.inspect.detect.uk.UkPhoneDetector;
import uk.warden.inspect.detect.uk.UkPostcodeDetector;
import uk.warden.inspect.detect.uk.UkSortCodeDetector;
import uk.warden.inspect.detect.uk.UkVehicleRegDetector;

/**
 * Which detectors a deployment runs: the built-in list, written out in code so that it is
 * reviewable, plus plug-ins found with {@link ServiceLoader}; then per-deployment tuning by type
 * (switch a type off, replace its context words) without subclassing. Immutable: each tuning method
 * returns a new registry.
 */
public final class DetectorRegistry {

  private final List<Detector> detectors;
  private final Set<EntityType> disabled;
  private final Map<EntityType, ContextWords> contextWords;

  private DetectorRegistry(
      List<Detector> detectors, Set<EntityType> disabled, Map<EntityType, ContextWords> context) {
    this.detectors = List.copyOf(detectors);
    this.disabled = disabled.isEmpty() ? Set.of() : Set.copyOf(disabled);
    this.contextWords = Map.copyOf(context);
  }

  /** The built-in detectors, with dates of birth judged against the system clock. */
  public static DetectorRegistry builtIn() {
    return builtIn(Clock.systemDefaultZone());
  }

  /** The built-in detectors, one per {@link EntityType}. */
  public static DetectorRegistry builtIn(Clock clock) {
    RankLexicon ranks = RankLexicon.standard();
    List<Detector> detectors =
        List.of(
            new PersonNameDetector(ranks),
            new EmailDetector(),
            new UkPhoneDetector(),
            new UkPostcodeDetector(),
            new UkNinoDetector(),
            new UkNhsNumberDetector(),
            new UkDrivingLicenceDetector(),
            new UkPassportDetector(),
            new UkVehicleRegDetector(),
            new UkSortCodeDetector(),
            new UkBankAccountDetector(),
            new CardNumberDetector(),
            new IbanDetector(),
            new IpAddressDetector(),
            new DateOfBirthDetector(clock),
            new PoliceRankDetector(ranks),
            new PayNumberDetector(),
            new CollarNumberDetector(ranks),
            new SecretDetector());
    return new DetectorRegistry(detectors, Set.of(), Map.of());
  }

  /** A registry of exactly these detectors. */
  public static DetectorRegistry of(Collection<? extends Detector> detectors) {
    return new DetectorRegistry(List.copyOf(detectors), Set.of(), Map.of());
  }

  /** This registry plus the plug-in detectors that {@code loader} can see. */
  public DetectorRegistry withPlugins(ClassLoader loader) {
    List<Detector> all = new ArrayList<>(detectors);
    ServiceLoader.load(Detector.class, loader).forEach(all::add);
    return new DetectorRegistry(all, disabled, contextWords);
  }

  /** This registry plus these detectors. */
  public DetectorRegistry with(Detector... more) {
    List<Detector> all = new ArrayList<>(detectors);
    all.addAll(List.of(more));
    return new DetectorRegistry(all, disabled, contextWords);
  }

  /** A copy that does not run detectors of these types. */
  public DetectorRegistry disable(EntityType... types) {
    Set<EntityType> off =
        disabled.isEmpty() ? EnumSet.noneOf(EntityType.class) : EnumSet.copyOf(disabled);
    off.addAll(List.of(types));
    return new DetectorRegistry(detectors, off, contextWords);
  }

  /** A copy that runs only detectors of these types. */
  public DetectorRegistry enableOnly(Set<EntityType> types) {
    Set<EntityType> off =
        EnumSet.complementOf(
            types.isEmpty() ? EnumSet.noneOf(EntityType.class) : EnumSet.copyOf(types));
    return new DetectorRegistry(detectors, off, contextWords);
  }

  /** A copy in which detectors of {@code type} use these context words instead of their own. */
  public DetectorRegistry withContextWords(EntityType type, ContextWords words) {
    Map<EntityType, ContextWords> tuned = new EnumMap<>(EntityType.class);
    tuned.putAll(contextWords);
    tuned.put(type, words);
    return new DetectorRegistry(detectors, disabled, tuned);
  }

  /** The detectors that will run, in registration order. */
  public List<Detector> detectors() {
    return detectors.stream().filter(d -> !disabled.contains(d.type())).toList();
  }

  /** The context words the detector of {@code type} will use. */
  public ContextWords contextWordsFor(Detector detector) {
    return contextWords.getOrDefault(detector.type(), detector.contextWords());
  }

  public TextScanner scanner() {
    return new TextScanner(detectors(), contextWords);
  }
}
