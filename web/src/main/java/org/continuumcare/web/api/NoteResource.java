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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.continuumcare.note.NoteAddendum;
import org.continuumcare.note.NoteService;
import org.continuumcare.note.NoteView;
import org.continuumcare.note.ProgressNote;

/**
 * One progress note: {@code GET} it with its addenda; {@code PUT} revises a draft (its author
 * only); {@code POST …/signature} signs it, after which it is final (a revision, second signature
 * or any change is 422); {@code POST …/addenda} adds to a signed note without changing it. A stale
 * {@code version} is 409 before any other rule.
 */
@Path("notes")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

  @EJB NoteService notes;
  @Inject Validator validator;
  @Context UriInfo uri;

  @GET
  @Path("{id}")
  public JsonObject get(@PathParam("id") String id) {
    return json(notes.noteOf(Ids.parse(id)));
  }

  @PUT
  @Path("{id}")
  public JsonObject revise(
      @PathParam("id") String id, @NotNull(message = "a JSON body is required") NoteRequest body) {
    UUID noteId = Ids.parse(id);
    Bodies.requireCurrentAndValid(
        validator, body.version, notes.noteOf(noteId).note().getVersion(), body);
    return json(new NoteView(notes.revise(noteId, body.toNote(), body.version), List.of()));
  }

  @POST
  @Path("{id}/signature")
  public JsonObject sign(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") SignatureRequest body) {
    return json(new NoteView(notes.sign(Ids.parse(id), body.version), List.of()));
  }

  @POST
  @Path("{id}/addenda")
  public Response addAddendum(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") AddendumRequest body) {
    NoteAddendum added = notes.addAddendum(Ids.parse(id), body.text);
    return Response.created(uri.getAbsolutePathBuilder().path(added.getId().toString()).build())
        .entity(addendum(added).build())
        .build();
  }

  /** A note with its addenda; {@code signed} once signed, after which it never changes. */
  static JsonObject json(NoteView view) {
    ProgressNote n = view.note();
    JsonArrayBuilder addenda = Json.createArrayBuilder();
    view.addenda().forEach(a -> addenda.add(addendum(a)));
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", n.getId().toString())
            .add("episodeId", n.getEpisodeId().toString())
            .add("patientId", n.getPatientId().toString())
            .add("sessionOn", n.getSessionOn().toString())
            .add("sessionType", n.getSessionType().name())
            .add("attendance", n.getAttendance().name())
            .add("data", n.getData());
    JsonFields.addNullable(json, "assessment", n.getAssessment());
    JsonFields.addNullable(json, "plan", n.getPlan());
    JsonFields.addNullable(json, "groupSessionId", n.getGroupSessionId());
    json.add("author", n.getAuthor()).add("signed", n.isSigned());
    JsonFields.addNullable(json, "signedBy", n.getSignedBy());
    JsonFields.addNullable(json, "signedAt", n.getSignedAt());
    return json.add("addenda", addenda).add("version", n.getVersion()).build();
  }

  private static JsonObjectBuilder addendum(NoteAddendum a) {
    return Json.createObjectBuilder()
        .add("id", a.getId().toString())
        .add("noteId", a.getNoteId().toString())
        .add("text", a.getText())
        .add("writtenBy", a.getWrittenBy())
        .add("writtenAt", a.getWrittenAt().toString());
  }
}
