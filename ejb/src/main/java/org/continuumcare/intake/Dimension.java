package org.continuumcare.intake;

/** One ASAM dimension of the placement assessment: a rating 0 (no risk) to 4 (severe) and notes. */
public class Dimension implements java.io.Serializable {
  private Integer rating;
  private String note;

  public Dimension() {}

  public Dimension(Integer rating, String note) {
    this.rating = rating;
    this.note = note;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
