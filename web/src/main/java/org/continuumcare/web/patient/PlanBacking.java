package org.continuumcare.web.patient;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.continuumcare.plan.AsamDimension;
import org.continuumcare.plan.NewObjective;
import org.continuumcare.plan.NewProblem;
import org.continuumcare.plan.PlanService;
import org.continuumcare.plan.TreatmentPlan;
import org.continuumcare.shared.Today;

/**
 * The plan dialogs: write the plan (its date), add a problem with its first goal, objective and
 * interventions (one per line), record a review. Holds ids, the version seen and the form only.
 */
@Named
@ViewScoped
public class PlanBacking extends ChartDialog {

  private static final long serialVersionUID = 1L;

  @EJB PlanService plans;
  @Inject Today today;
  @Inject ChartBacking chart;
  @Inject PlanTab tab;

  private String episodeId;
  private String planId;
  private long version;
  private LocalDate date;
  private AsamDimension dimension;
  private String problem;
  private String goal;
  private String objective;
  private LocalDate targetOn;
  private String interventions;
  private String summary;

  public void open() {
    openFor(chart.getId());
    episodeId = chart.getLatest().getId().toString();
    TreatmentPlan plan = tab.getView() == null ? null : tab.getView().plan();
    planId = plan == null ? null : plan.getId().toString();
    version = plan == null ? 0 : plan.getVersion();
    date = today.in(null);
    dimension = null;
    problem = goal = objective = interventions = summary = null;
    targetOn = null;
  }

  public String write() {
    return change(
        "planForm",
        "plan",
        () -> plans.write(UUID.fromString(episodeId), date),
        "plan.written",
        date);
  }

  public String addProblem() {
    return change(
        "problemForm",
        "plan",
        () ->
            plans.addProblem(
                UUID.fromString(planId),
                new NewProblem(
                    dimension,
                    problem,
                    goal,
                    new NewObjective(
                        objective,
                        targetOn,
                        interventions == null ? null : Arrays.asList(interventions.split("\\R")))),
                version),
        "plan.problemAdded");
  }

  public String review() {
    return change(
        "reviewForm",
        "plan",
        () -> plans.review(UUID.fromString(planId), date, summary, version),
        "plan.reviewed",
        date);
  }

  public AsamDimension[] getDimensions() {
    return AsamDimension.values();
  }

  public LocalDate getToday() {
    return today.in(null);
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public AsamDimension getDimension() {
    return dimension;
  }

  public void setDimension(AsamDimension dimension) {
    this.dimension = dimension;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getGoal() {
    return goal;
  }

  public void setGoal(String goal) {
    this.goal = goal;
  }

  public String getObjective() {
    return objective;
  }

  public void setObjective(String objective) {
    this.objective = objective;
  }

  public LocalDate getTargetOn() {
    return targetOn;
  }

  public void setTargetOn(LocalDate targetOn) {
    this.targetOn = targetOn;
  }

  public String getInterventions() {
    return interventions;
  }

  public void setInterventions(String interventions) {
    this.interventions = interventions;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }
}
