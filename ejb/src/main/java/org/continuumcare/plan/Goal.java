package org.continuumcare.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the patient means to achieve about a problem, reached through measurable objectives. */
@Entity
@Table(name = "plan_goal")
public class Goal {

  @Id private UUID id;
  private int position;
  private String statement;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "goal_id", nullable = false)
  @OrderBy("position")
  private List<Objective> objectives = new ArrayList<>();

  protected Goal() {}

  Goal(int position, String statement) {
    this.id = UUID.randomUUID();
    this.position = position;
    this.statement = statement;
  }

  Objective add(String statement, java.time.LocalDate targetOn, List<String> interventions) {
    Objective objective = new Objective(objectives.size(), statement, targetOn, interventions);
    objectives.add(objective);
    return objective;
  }

  public UUID getId() {
    return id;
  }

  public String getStatement() {
    return statement;
  }

  public List<Objective> getObjectives() {
    return objectives;
  }
}
