package org.continuumcare.episode;

/** Derived from the discharge date: an episode is open until it is discharged. */
public enum EpisodeStatus {
  OPEN,
  DISCHARGED
}
