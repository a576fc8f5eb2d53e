package org.continuumcare.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * "Today" as the domain means it: the date in the site's time zone, or the server's when the site
 * has none (DESIGN.md §3.2).
 */
@ApplicationScoped
public class Today {

  private final Clock clock = Clock.systemDefaultZone();

  public LocalDate in(String timeZone) {
    ZoneId zone = timeZone == null ? clock.getZone() : ZoneId.of(timeZone);
    return LocalDate.now(clock.withZone(zone));
  }

  /** The wall-clock time now in {@code zone}, to the second. */
  public LocalDateTime now(ZoneId zone) {
    return LocalDateTime.now(clock.withZone(zone)).withNano(0);
  }
}
