package org.continuumcare.drugscreen;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.continuumcare.mat.Medication;
import org.continuumcare.shared.RuleViolation;

/**
 * A drug screen of a patient: collected at a local date and time, a specimen, observed or not, and
 * one result per analyte, each classified by {@link ScreenPolicy} against the MAT medication active
 * on the collection date (kept with the screen). Recorded once; never edited.
 */
@Entity
@Table(name = "drug_screen")
public class DrugScreen {

  @Id private UUID id;
  private UUID patientId;
  private LocalDateTime collectedAt;

  @Enumerated(EnumType.STRING)
  private Specimen specimen;

  private boolean observed;

  @Enumerated(EnumType.STRING)
  private Medication matMedication;

  private String recordedBy;
  private Instant recordedAt;

  @OneToMany(mappedBy = "screen", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("analyte")
  private List<ScreenResult> results = new ArrayList<>();

  @Version private long version;

  protected DrugScreen() {}

  /**
   * Records a screen. Refused: a collection later than {@code now} (the site's local time), no
   * result, or two results for one analyte.
   *
   * @param matMedication the medication of the MAT order active on the collection date, or {@code
   *     null}
   */
  public static DrugScreen record(
      UUID patientId,
      NewDrugScreen screen,
      Medication matMedication,
      String recordedBy,
      LocalDateTime now) {
    if (screen.collectedAt().isAfter(now)) {
      throw new RuleViolation("collectedAt", "drugScreen.collectedInFuture");
    }
    if (screen.results() == null || screen.results().isEmpty()) {
      throw new RuleViolation("results", "drugScreen.noResults");
    }
    DrugScreen s = new DrugScreen();
    s.id = UUID.randomUUID();
    s.patientId = Objects.requireNonNull(patientId);
    s.collectedAt = screen.collectedAt();
    s.specimen = Objects.requireNonNull(screen.specimen());
    s.observed = screen.observed();
    s.matMedication = matMedication;
    s.recordedBy = Objects.requireNonNull(recordedBy);
    s.recordedAt = Instant.now();
    Set<Analyte> seen = EnumSet.noneOf(Analyte.class);
    for (AnalyteResult r : screen.results()) {
      if (r == null || r.analyte() == null) {
        throw new RuleViolation("results", "drugScreen.noResults");
      }
      if (!seen.add(r.analyte())) {
        throw new RuleViolation("results", "drugScreen.duplicateAnalyte", r.analyte());
      }
      s.results.add(
          new ScreenResult(
              s,
              r.analyte(),
              r.positive(),
              ScreenPolicy.classify(r.analyte(), r.positive(), matMedication)));
    }
    s.results.sort(java.util.Comparator.comparing(ScreenResult::getAnalyte));
    return s;
  }

  /** Whether any result is unexpected (the screen counts in the unexpected rate). */
  public boolean isUnexpected() {
    return results.stream().anyMatch(ScreenResult::isUnexpected);
  }

  public UUID getId() {
    return id;
  }

  public UUID getPatientId() {
    return patientId;
  }

  public LocalDateTime getCollectedAt() {
    return collectedAt;
  }

  public Specimen getSpecimen() {
    return specimen;
  }

  public boolean isObserved() {
    return observed;
  }

  /** The MAT medication active on the collection date, or {@code null}. */
  public Medication getMatMedication() {
    return matMedication;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public List<ScreenResult> getResults() {
    return Collections.unmodifiableList(results);
  }

  public long getVersion() {
    return version;
  }
}
