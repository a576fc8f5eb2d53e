package org.continuumcare.recovery;

import java.util.List;

/**
 * A patient's recovery support: the profile, meetings (latest first) and relapses (latest first).
 * The getters are for Faces EL, which does not read record components.
 */
public record RecoveryRecord(
    RecoveryProfile profile, List<Meeting> meetings, List<Relapse> relapses) {

  public RecoveryProfile getProfile() {
    return profile;
  }

  public List<Meeting> getMeetings() {
    return meetings;
  }

  public List<Relapse> getRelapses() {
    return relapses;
  }
}
