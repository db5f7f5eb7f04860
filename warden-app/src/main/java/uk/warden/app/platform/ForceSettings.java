package uk.warden.app.platform;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Facts about the force that runs this Warden, from {@code warden.force.*}: its name and data
 * protection officer's contact for reports, and its time zone, in which agreement end dates and
 * retention days are read (a contract ending on 31 March ends at midnight in London, not UTC).
 */
@Component
public class ForceSettings {

  private final String name;
  private final String dpoContact;
  private final ZoneId zone;

  public ForceSettings(
      @Value("${warden.force.name:Wardenshire Constabulary}") String name,
      @Value("${warden.force.dpo-contact:Data Protection Officer (set warden.force.dpo-contact)}")
          String dpoContact,
      @Value("${warden.force.zone:Europe/London}") String zone) {
    this.name = name;
    this.dpoContact = dpoContact;
    this.zone = ZoneId.of(zone);
  }

  public String name() {
    return name;
  }

  public String dpoContact() {
    return dpoContact;
  }

  public ZoneId zone() {
    return zone;
  }
}
