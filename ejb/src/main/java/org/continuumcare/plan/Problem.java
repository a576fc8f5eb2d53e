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

/** A problem the plan addresses, tied to the ASAM dimension the assessment found it in. */
@Entity
@Table(name = "plan_problem")
public class Problem {

  @Id private UUID id;
  private int position;
  private AsamDimension dimension;
  private String statement;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "problem_id", nullable = false)
  @OrderBy("position")
  private List<Goal> goals = new ArrayList<>();

  protected Problem() {}

  Problem(int position, AsamDimension dimension, String statement) {
    this.id = UUID.randomUUID();
    this.position = position;
    this.dimension = dimension;
    this.statement = statement;
  }

  Goal add(String goal) {
    Goal added = new Goal(goals.size(), goal);
    goals.add(added);
    return added;
  }

  public UUID getId() {
    return id;
  }

  public AsamDimension getDimension() {
    return dimension;
  }

  public String getStatement() {
    return statement;
  }

  public List<Goal> getGoals() {
    return goals;
  }
}
