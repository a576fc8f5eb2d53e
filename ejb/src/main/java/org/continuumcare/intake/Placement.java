package org.continuumcare.intake;

import java.util.ArrayList;
import java.util.List;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.shared.RuleViolation;

/**
 * Step 3 of intake: the placement assessment (six ASAM dimensions), the recommended and the placed
 * level of care, and the reason for a variance between them.
 */
public class Placement implements java.io.Serializable {
  private List<Dimension> dimensions = new ArrayList<>();
  private LevelOfCare recommendedLevel;
  private LevelOfCare placedLevel;
  private VarianceReason varianceReason;

  /** The six ASAM dimensions, in order (1 intoxication/withdrawal … 6 recovery environment). */
  public static final int DIMENSIONS = 6;

  public Placement() {
    for (int i = 0; i < DIMENSIONS; i++) {
      dimensions.add(new Dimension());
    }
  }

  /** The placed level differs from the recommended one: a variance, which needs its reason. */
  public boolean hasVariance() {
    return recommendedLevel != null && placedLevel != null && recommendedLevel != placedLevel;
  }

  /**
   * Checks step 3: each of the six dimensions rated 0–4, a recommended and a placed level, and a
   * variance reason exactly when they differ (a reason left over from an earlier choice is
   * dropped).
   */
  public void check() {
    if (dimensions.size() != DIMENSIONS) {
      throw new RuleViolation(null, "intake.dimensions", DIMENSIONS);
    }
    for (int i = 0; i < DIMENSIONS; i++) {
      Dimension d = dimensions.get(i);
      String field = "dimensions:" + i + ":rating";
      Rules.required(field, d.getRating());
      if (d.getRating() < 0 || d.getRating() > 4) {
        throw new RuleViolation(field, "intake.rating");
      }
      if (d.getNote() != null && d.getNote().length() > 2000) {
        throw new RuleViolation("dimensions:" + i + ":note", "intake.noteTooLong", 2000);
      }
    }
    Rules.required("recommendedLevel", recommendedLevel);
    Rules.required("placedLevel", placedLevel);
    if (hasVariance()) {
      Rules.required("varianceReason", varianceReason, "intake.varianceReasonRequired");
    } else {
      varianceReason = null;
    }
  }

  public List<Dimension> getDimensions() {
    return dimensions;
  }

  public void setDimensions(List<Dimension> dimensions) {
    this.dimensions = dimensions;
  }

  public LevelOfCare getRecommendedLevel() {
    return recommendedLevel;
  }

  public void setRecommendedLevel(LevelOfCare recommendedLevel) {
    this.recommendedLevel = recommendedLevel;
  }

  public LevelOfCare getPlacedLevel() {
    return placedLevel;
  }

  public void setPlacedLevel(LevelOfCare placedLevel) {
    this.placedLevel = placedLevel;
  }

  public VarianceReason getVarianceReason() {
    return varianceReason;
  }

  public void setVarianceReason(VarianceReason varianceReason) {
    this.varianceReason = varianceReason;
  }
}
