package org.continuumcare.episode;

import java.time.LocalDate;

/**
 * The dates a record of an episode may fall in: admission, discharge (or {@code null} while the
 * episode is open), and today in the site's time zone — what a note or an aftercare plan checks its
 * own date against.
 */
public record EpisodeSpan(LocalDate admittedOn, LocalDate dischargedOn, LocalDate today) {}
