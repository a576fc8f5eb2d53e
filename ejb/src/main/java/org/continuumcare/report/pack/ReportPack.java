package org.continuumcare.report.pack;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** One generation of the monthly pack for a month: running, ready or failed. */
@Entity
@Table(name = "report_pack")
public class ReportPack {

  /** Where a pack is in its life. */
  public enum Status {
    RUNNING,
    READY,
    FAILED
  }

  @Id private UUID id;
  private String period;

  @Column(name = "as_of")
  private LocalDate asOf;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  private String failure;

  protected ReportPack() {}

  ReportPack(YearMonth month, String requestedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.period = month.toString();
    this.asOf = month.atEndOfMonth();
    this.status = Status.RUNNING;
    this.requestedBy = requestedBy;
    this.startedAt = now;
  }

  void ready(Instant now) {
    status = Status.READY;
    finishedAt = now;
  }

  void failed(String why, Instant now) {
    status = Status.FAILED;
    failure = why == null ? "unknown failure" : why.substring(0, Math.min(why.length(), 2000));
    finishedAt = now;
  }

  public UUID getId() {
    return id;
  }

  public String getPeriod() {
    return period;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public Status getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public String getFailure() {
    return failure;
  }
}
