package org.continuumcare.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A review of the plan: who reviewed it, when, and what they found. */
@Entity
@Table(name = "plan_review")
public class PlanReview {

  @Id private UUID id;
  private LocalDate reviewedOn;
  private String reviewedBy;
  private String summary;
  private Instant recordedAt;

  protected PlanReview() {}

  PlanReview(LocalDate reviewedOn, String reviewedBy, String summary) {
    this.id = UUID.randomUUID();
    this.reviewedOn = reviewedOn;
    this.reviewedBy = reviewedBy;
    this.summary = summary;
    this.recordedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public String getSummary() {
    return summary;
  }
}
