package org.continuumcare.episode;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The episode's care team, as usernames of the realm; {@code null} leaves a role unassigned. */
public record CareTeam(
    @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{episode.username}")
        String primaryCounselor,
    @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{episode.username}")
        String prescriber) {}
