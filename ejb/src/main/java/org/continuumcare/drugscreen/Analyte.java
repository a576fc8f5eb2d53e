package org.continuumcare.drugscreen;

/**
 * The substances a screen reports on. The MAT medications and their metabolites are separate
 * analytes (buprenorphine / norbuprenorphine, methadone / EDDP): a parent drug without its
 * metabolite is a sign of a specimen spiked rather than the medication taken.
 */
public enum Analyte {
  OPIATES,
  OXYCODONE,
  FENTANYL,
  BUPRENORPHINE,
  NORBUPRENORPHINE,
  METHADONE,
  EDDP,
  AMPHETAMINE,
  METHAMPHETAMINE,
  COCAINE,
  BENZODIAZEPINES,
  THC,
  /** Alcohol by its metabolite ethyl glucuronide (EtG). */
  ALCOHOL
}
