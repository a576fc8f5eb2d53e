package org.continuumcare.mat;

/** What happened to a clinic-administered dose on a day. */
public enum AdministrationStatus {
  GIVEN,
  MISSED,
  REFUSED
}
