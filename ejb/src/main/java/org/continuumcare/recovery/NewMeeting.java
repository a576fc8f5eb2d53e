package org.continuumcare.recovery;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A meeting to record: the day, the fellowship, an optional short note (e.g. the group). */
public record NewMeeting(
    @NotNull LocalDate attendedOn, @NotNull Fellowship fellowship, String note) {}
