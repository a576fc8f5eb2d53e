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

  /** The opioids as an SQL list of literals for {@code primary_substance in (…)}. */
  public static String opioidsInSql() {
    return OPIOIDS.stream()
        .map(s -> "'" + s.name() + "'")
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
