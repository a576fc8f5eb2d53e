package org.continuumcare.episode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.continuumcare.levelofcare.LevelOfCare;

/**
 * What an admission records. {@code siteCode} null means the patient's home site; {@code
 * primaryCounselor} is a username and may be assigned later.
 */
public record Admission(
    @NotNull LocalDate admittedOn,
    @NotNull LevelOfCare levelOfCare,
    @NotNull ReferralSource referralSource,
    @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{episode.username}")
        String primaryCounselor,
    @Size(max = 16) String siteCode) {}
