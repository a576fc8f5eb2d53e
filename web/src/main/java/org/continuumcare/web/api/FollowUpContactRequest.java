package org.continuumcare.web.api;

import java.time.LocalDate;
import org.continuumcare.aftercare.FollowUpOutcome;

/**
 * Body of {@code POST /episodes/{id}/aftercare-plan/follow-ups/{followUpId}/contact}: when and how
 * the contact went, and the {@code version} of the follow-up read. {@code NOT_REACHED} may be
 * followed by a later attempt; any other outcome is final.
 */
public class FollowUpContactRequest {
  public LocalDate contactedOn;

  @CodeOf(FollowUpOutcome.class)
  public String outcome;

  public String note;
  public Long version;

  FollowUpOutcome toOutcome() {
    return outcome == null ? null : FollowUpOutcome.valueOf(outcome);
  }
}
