package org.continuumcare.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A measurable step toward a goal, due by its target date, with the interventions serving it. */
@Entity
@Table(name = "plan_objective")
public class Objective {

  @Id private UUID id;
  private int position;
  private String statement;
  private LocalDate targetOn;

  @ElementCollection
  @CollectionTable(name = "plan_intervention", joinColumns = @JoinColumn(name = "objective_id"))
  @OrderColumn(name = "position")
  @Column(name = "description")
  private List<String> interventions = new ArrayList<>();

  protected Objective() {}

  Objective(int position, String statement, LocalDate targetOn, List<String> interventions) {
    this.id = UUID.randomUUID();
    this.position = position;
    this.statement = statement;
    this.targetOn = targetOn;
    this.interventions = new ArrayList<>(interventions);
  }

  public UUID getId() {
    return id;
  }

  public String getStatement() {
    return statement;
  }

  public LocalDate getTargetOn() {
    return targetOn;
  }

  public List<String> getInterventions() {
    return interventions;
  }
}
