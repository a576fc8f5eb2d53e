package org.continuumcare.mat;

/** Medications for opioid use disorder. */
public enum Medication {
  METHADONE,
  BUPRENORPHINE,
  BUPRENORPHINE_XR,
  NALTREXONE,
  NALTREXONE_XR
}
