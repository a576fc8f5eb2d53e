package org.continuumcare.aftercare;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A referral of the aftercare plan: to whom, and the first appointment when one is booked. */
@Entity
@Table(name = "aftercare_referral")
public class Referral {

  @Id private UUID id;
  private int position;

  @Enumerated(EnumType.STRING)
  private ReferralKind kind;

  private String provider;
  private LocalDate appointmentOn;
  private String note;

  protected Referral() {}

  Referral(int position, ReferralKind kind, String provider, LocalDate appointmentOn, String note) {
    this.id = UUID.randomUUID();
    this.position = position;
    this.kind = kind;
    this.provider = provider;
    this.appointmentOn = appointmentOn;
    this.note = note;
  }

  public UUID getId() {
    return id;
  }

  public ReferralKind getKind() {
    return kind;
  }

  public String getProvider() {
    return provider;
  }

  public LocalDate getAppointmentOn() {
    return appointmentOn;
  }

  public String getNote() {
    return note;
  }
}
