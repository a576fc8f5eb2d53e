package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.continuumcare.plan.Goal;
import org.continuumcare.plan.Objective;
import org.continuumcare.plan.PlanReview;
import org.continuumcare.plan.PlanService;
import org.continuumcare.plan.PlanView;
import org.continuumcare.plan.Problem;
import org.continuumcare.plan.TreatmentPlan;
import org.continuumcare.shared.RecordNotFound;

/**
 * The treatment plan of an episode: {@code GET} the plan (problems in their ASAM dimensions, goals,
 * objectives with target dates and interventions, reviews, the review due at the current level);
 * {@code POST} writes it (one per episode: a second is 409); {@code POST …/problems} a problem with
 * its first goal and objective; {@code POST …/goals/{goalId}/objectives} another objective; {@code
 * POST …/reviews} a review; {@code POST …/patient-signature} the day the patient signed. Every
 * change answers the whole plan with its new {@code version}; a stale one is 409 before any other
 * rule.
 */
@Path("episodes/{id}/treatment-plan")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TreatmentPlanResource {

  @EJB PlanService plans;
  @Inject Validator validator;
  @Context UriInfo uri;

  @GET
  public JsonObject get(@PathParam("id") String id) {
    return json(planOf(Ids.parse(id)));
  }

  @POST
  public Response write(
      @PathParam("id") String id, @NotNull(message = "a JSON body is required") PlanRequest body) {
    UUID episodeId = Ids.parse(id);
    plans.write(episodeId, body.planDate);
    return Response.created(uri.getAbsolutePath()).entity(json(planOf(episodeId))).build();
  }

  @POST
  @Path("problems")
  public Response addProblem(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") PlanProblemRequest body) {
    UUID episodeId = Ids.parse(id);
    TreatmentPlan plan = current(episodeId, body.version, body);
    TreatmentPlan changed = plans.addProblem(plan.getId(), body.toProblem(), body.version);
    Problem added = changed.getProblems().get(changed.getProblems().size() - 1);
    return Response.created(uri.getAbsolutePathBuilder().path(added.getId().toString()).build())
        .entity(json(planOf(episodeId)))
        .build();
  }

  @POST
  @Path("goals/{goalId}/objectives")
  public Response addObjective(
      @PathParam("id") String id,
      @PathParam("goalId") String goalId,
      @NotNull(message = "a JSON body is required") PlanObjectiveRequest body) {
    UUID episodeId = Ids.parse(id);
    UUID goal = Ids.parse(goalId);
    TreatmentPlan plan = current(episodeId, body.version, body);
    TreatmentPlan changed =
        plans.addObjective(plan.getId(), goal, body.toObjective(), body.version);
    Objective added =
        changed.getProblems().stream()
            .flatMap(p -> p.getGoals().stream())
            .filter(g -> g.getId().equals(goal))
            .map(g -> g.getObjectives().get(g.getObjectives().size() - 1))
            .findFirst()
            .orElseThrow(RecordNotFound::new);
    return Response.created(uri.getAbsolutePathBuilder().path(added.getId().toString()).build())
        .entity(json(planOf(episodeId)))
        .build();
  }

  @POST
  @Path("reviews")
  public Response review(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") PlanReviewRequest body) {
    UUID episodeId = Ids.parse(id);
    TreatmentPlan plan = current(episodeId, body.version, body);
    TreatmentPlan changed = plans.review(plan.getId(), body.reviewedOn, body.summary, body.version);
    PlanReview added = changed.getReviews().get(0);
    return Response.created(uri.getAbsolutePathBuilder().path(added.getId().toString()).build())
        .entity(json(planOf(episodeId)))
        .build();
  }

  @POST
  @Path("patient-signature")
  public JsonObject patientSigned(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") PlanSignatureRequest body) {
    UUID episodeId = Ids.parse(id);
    TreatmentPlan plan = current(episodeId, body.version, body);
    plans.patientSigned(plan.getId(), body.signedOn, body.version);
    return json(planOf(episodeId));
  }

  private PlanView planOf(UUID episodeId) {
    return plans.planOf(episodeId).orElseThrow(RecordNotFound::new);
  }

  /** The episode's plan, once the version is current and the body valid (API.md's order). */
  private TreatmentPlan current(UUID episodeId, Long version, Object body) {
    TreatmentPlan plan = planOf(episodeId).plan();
    Bodies.requireCurrentAndValid(validator, version, plan.getVersion(), body);
    return plan;
  }

  static JsonObject json(PlanView view) {
    TreatmentPlan p = view.plan();
    JsonArrayBuilder problems = Json.createArrayBuilder();
    p.getProblems().forEach(x -> problems.add(problem(x)));
    JsonArrayBuilder reviews = Json.createArrayBuilder();
    p.getReviews().forEach(r -> reviews.add(review(r)));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", p.getId().toString())
            .add("episodeId", p.getEpisodeId().toString())
            .add("patientId", p.getPatientId().toString())
            .add("planDate", p.getPlanDate().toString())
            .add("writtenBy", p.getWrittenBy());
    JsonFields.addNullable(json, "patientSignedOn", p.getPatientSignedOn());
    JsonFields.addNullable(json, "lastReviewedOn", p.getLastReviewedOn());
    JsonFields.addNullable(json, "levelOfCare", view.level());
    JsonFields.addNullable(json, "reviewDueOn", view.reviewDueOn());
    return json.add("problems", problems)
        .add("reviews", reviews)
        .add("version", p.getVersion())
        .build();
  }

  private static JsonObjectBuilder problem(Problem p) {
    JsonArrayBuilder goals = Json.createArrayBuilder();
    p.getGoals().forEach(g -> goals.add(goal(g)));
    return Json.createObjectBuilder()
        .add("id", p.getId().toString())
        .add("dimension", p.getDimension().name())
        .add("dimensionNumber", p.getDimension().number())
        .add("statement", p.getStatement())
        .add("goals", goals);
  }

  private static JsonObjectBuilder goal(Goal g) {
    JsonArrayBuilder objectives = Json.createArrayBuilder();
    g.getObjectives()
        .forEach(
            o -> {
              JsonArrayBuilder interventions = Json.createArrayBuilder();
              o.getInterventions().forEach(interventions::add);
              objectives.add(
                  Json.createObjectBuilder()
                      .add("id", o.getId().toString())
                      .add("statement", o.getStatement())
                      .add("targetOn", o.getTargetOn().toString())
                      .add("interventions", interventions));
            });
    return Json.createObjectBuilder()
        .add("id", g.getId().toString())
        .add("statement", g.getStatement())
        .add("objectives", objectives);
  }

  private static JsonObjectBuilder review(PlanReview r) {
    return Json.createObjectBuilder()
        .add("id", r.getId().toString())
        .add("reviewedOn", r.getReviewedOn().toString())
        .add("reviewedBy", r.getReviewedBy())
        .add("summary", r.getSummary());
  }
}
