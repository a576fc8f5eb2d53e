package org.continuumcare.intake;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.continuumcare.shared.Conflict;
import org.hibernate.annotations.ColumnTransformer;

/**
 * An intake in progress, so nothing typed is lost half-way: the steps' data as typed (JSON of an
 * {@link IntakeForm}), saved at every step, resumable by any intake worker from the list of open
 * drafts. Completed once, by the admission it led to, in the same transaction.
 */
@Entity
@Table(name = "intake_draft")
public class IntakeDraft {

  @Id private UUID id;
  private String owner;
  private String displayName;

  @Enumerated(EnumType.STRING)
  private Step step;

  @ColumnTransformer(write = "cast(? as jsonb)")
  private String data;

  private UUID patientId;
  private Instant createdAt;
  private Instant updatedAt;
  private Instant completedAt;
  private UUID episodeId;
  @Version private long version;

  protected IntakeDraft() {}

  /** A new, empty draft at the first step. */
  public static IntakeDraft start(String owner, IntakeForm form, Instant now) {
    IntakeDraft draft = new IntakeDraft();
    draft.id = UUID.randomUUID();
    draft.owner = owner;
    draft.createdAt = now;
    draft.save(form, Step.REFERRAL, null, now);
    return draft;
  }

  /** Keeps the form as typed and the step reached; {@code patientId} when the patient is known. */
  public void save(IntakeForm form, Step step, UUID patientId, Instant now) {
    requireOpen();
    this.data = Json.BINDING.toJson(form);
    this.displayName = form.displayName();
    this.step = step;
    this.patientId = patientId;
    this.updatedAt = now;
  }

  /** Closes the draft with the episode it admitted; a completed draft cannot admit twice. */
  public void complete(UUID episodeId, Instant now) {
    requireOpen();
    this.episodeId = episodeId;
    this.completedAt = now;
  }

  public boolean isCompleted() {
    return completedAt != null;
  }

  /** The form as it was saved. */
  public IntakeForm form() {
    return Json.BINDING.fromJson(data, IntakeForm.class);
  }

  private void requireOpen() {
    if (completedAt != null) {
      throw new Conflict("intake.draftCompleted");
    }
  }

  /** Created on first use: the binding is the container's (unit tests never need it). */
  private static final class Json {
    static final Jsonb BINDING = JsonbBuilder.create();
  }

  public UUID getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Step getStep() {
    return step;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public UUID getEpisodeId() {
    return episodeId;
  }

  public long getVersion() {
    return version;
  }
}
