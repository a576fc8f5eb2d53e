package org.continuumcare.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.Valid;
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
import java.util.List;
import org.continuumcare.note.NoteService;
import org.continuumcare.note.NoteView;
import org.continuumcare.note.ProgressNote;

/**
 * The progress notes of an episode: {@code GET} lists them, latest session first, each with its
 * addenda; {@code POST} writes a DAP note (a draft, or signed at once) → 201 with {@code Location:
 * /notes/{noteId}}, where it is read, revised, signed and added to ({@link NoteResource}).
 */
@Path("episodes/{id}/notes")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EpisodeNotesResource {

  @EJB NoteService notes;
  @Context UriInfo uri;

  @GET
  public JsonArray list(@PathParam("id") String id) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    notes.notesOfEpisode(Ids.parse(id)).forEach(n -> list.add(NoteResource.json(n)));
    return list.build();
  }

  @POST
  public Response write(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid NoteRequest body) {
    ProgressNote note = notes.write(Ids.parse(id), body.toNote());
    return Response.created(
            uri.getBaseUriBuilder().path("notes").path(note.getId().toString()).build())
        .entity(NoteResource.json(new NoteView(note, List.of())))
        .build();
  }
}
