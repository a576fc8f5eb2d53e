package org.continuumcare.note;

import java.time.LocalDate;

/**
 * A progress note as written: the session, attendance, and the DAP text. Data is always required;
 * assessment and plan when the patient attended. {@code sign}: sign it right away.
 */
public record NewNote(
    LocalDate sessionOn,
    SessionType sessionType,
    Attendance attendance,
    String data,
    String assessment,
    String plan,
    boolean sign) {}
