package org.continuumcare.recovery;

import java.util.List;

/**
 * A patient's recovery support: the profile, meetings (latest first) and relapses (latest first).
 */
public record RecoveryRecord(
    RecoveryProfile profile, List<Meeting> meetings, List<Relapse> relapses) {}
