package org.continuumcare.patient;

import java.util.EnumSet;
import java.util.Set;

/** Substances of use (TEDS-based codes); the opioids define the OUD population (DESIGN.md §4.2). */
public enum Substance {
  HEROIN,
  FENTANYL,
  OTHER_OPIOID,
  METHADONE_NON_RX,
  ALCOHOL,
  COCAINE,
  METHAMPHETAMINE,
  OTHER_STIMULANT,
  BENZODIAZEPINE,
  CANNABIS,
  OTHER;

  private static final Set<Substance> OPIOIDS =
      EnumSet.of(HEROIN, FENTANYL, OTHER_OPIOID, METHADONE_NON_RX);

  public boolean isOpioid() {
    return OPIOIDS.contains(this);
  }
}
