package org.continuumcare.note;

/** Whether the patient came to the session. */
public enum Attendance {
  ATTENDED,
  NO_SHOW,
  EXCUSED
}
