package org.continuumcare.note;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.continuumcare.audit.Audited;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.Episodes;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.ChangedBySomeoneElse;
import org.continuumcare.shared.RecordNotFound;
import org.continuumcare.shared.RuleViolation;
import org.continuumcare.shared.Today;
import org.continuumcare.shared.WriteConflicts;

/**
 * Progress notes: write (draft or signed), revise a draft, sign, add an addendum to a signed note,
 * read a patient's or an episode's notes or one note; and record a group session for many patients
 * in one transaction. Intake staff cannot read notes (DESIGN.md §5).
 */
@Stateless
public class NoteService {

  /** At most this many patients in one group session. */
  public static final int MAX_GROUP = 40;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private ChartAccess access;
  @EJB private Episodes episodes;
  @EJB private GroupSessionNotes groupNotes;
  @Inject private Today today;

  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public ProgressNote write(@NotNull UUID episodeId, @NotNull NewNote note) {
    Episode episode = episodes.readable(episodeId);
    ProgressNote written =
        ProgressNote.write(
            episode.getPatient().getId(), episodeId, note, episodes.spanOf(episode), caller());
    em.persist(written);
    WriteConflicts.flush(em);
    return written;
  }

  /** Replaces a draft's text (and signs it when asked); a signed note is refused. */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public ProgressNote revise(@NotNull UUID noteId, @NotNull NewNote note, Long version) {
    ProgressNote stored = changing(noteId, version);
    stored.revise(note, episodes.spanOf(em.find(Episode.class, stored.getEpisodeId())), caller());
    WriteConflicts.flush(em);
    return stored;
  }

  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public ProgressNote sign(@NotNull UUID noteId, Long version) {
    ProgressNote stored = changing(noteId, version);
    stored.sign(caller());
    WriteConflicts.flush(em);
    return stored;
  }

  /** Adds to a signed note without changing it. */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public NoteAddendum addAddendum(@NotNull UUID noteId, String text) {
    ProgressNote stored = changing(noteId, null);
    NoteAddendum addendum = stored.addendum(text, caller());
    em.persist(addendum);
    WriteConflicts.flush(em);
    return addendum;
  }

  /** The patient's notes, latest session first, each with its addenda. */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public List<NoteView> notesOf(@NotNull UUID patientId) {
    access.readablePatient(patientId);
    return withAddenda(
        em.createQuery(
                "select n from ProgressNote n where n.patientId = :p"
                    + " order by n.sessionOn desc, n.id",
                ProgressNote.class)
            .setParameter("p", patientId)
            .getResultList());
  }

  /** The notes of one episode, latest session first, each with its addenda. */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public List<NoteView> notesOfEpisode(@NotNull UUID episodeId) {
    episodes.readable(episodeId);
    return withAddenda(
        em.createQuery(
                "select n from ProgressNote n where n.episodeId = :e"
                    + " order by n.sessionOn desc, n.id",
                ProgressNote.class)
            .setParameter("e", episodeId)
            .getResultList());
  }

  /** One note with its addenda. */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR})
  public NoteView noteOf(@NotNull UUID noteId) {
    ProgressNote note = em.find(ProgressNote.class, noteId);
    if (note == null) {
      throw new RecordNotFound();
    }
    access.readablePatient(note.getPatientId());
    return withAddenda(List.of(note)).get(0);
  }

  /** The notes, in their order, each with its addenda (oldest first). */
  private List<NoteView> withAddenda(List<ProgressNote> notes) {
    if (notes.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<NoteAddendum>> addenda =
        em.createQuery(
                "select a from NoteAddendum a where a.noteId in :notes order by a.writtenAt",
                NoteAddendum.class)
            .setParameter("notes", notes.stream().map(ProgressNote::getId).toList())
            .getResultStream()
            .collect(Collectors.groupingBy(NoteAddendum::getNoteId));
    return notes.stream()
        .map(n -> new NoteView(n, addenda.getOrDefault(n.getId(), List.of())))
        .toList();
  }

  /**
   * Records a group session: its shared note and, for every patient, a signed group note with their
   * attendance — all or nothing. Each patient's note passes the audit choke point on its own, so
   * the audit trail names every patient of the group.
   */
  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public GroupSession recordGroupSession(@NotNull NewGroupSession group) {
    if (group.heldOn() == null) {
      throw new RuleViolation("heldOn", "group.heldOnRequired");
    }
    if (group.heldOn().isAfter(today.in(null))) {
      throw new RuleViolation("heldOn", "note.inFuture");
    }
    if (group.topic() == null || group.topic().isBlank()) {
      throw new RuleViolation("topic", "group.topicRequired");
    }
    if (group.note() == null || group.note().isBlank()) {
      throw new RuleViolation("note", "group.noteRequired");
    }
    List<NewGroupSession.Participant> participants =
        group.participants() == null ? List.of() : group.participants();
    if (participants.isEmpty() || participants.size() > MAX_GROUP) {
      throw new RuleViolation("participants", "group.participants", MAX_GROUP);
    }
    Set<UUID> seen = new HashSet<>();
    for (NewGroupSession.Participant p : participants) {
      if (p == null || p.patientId() == null || !seen.add(p.patientId())) {
        throw new RuleViolation("participants", "group.participants", MAX_GROUP);
      }
      if (p.attendance() == null) {
        throw new RuleViolation("participants", "note.attendanceRequired");
      }
    }
    GroupSession held =
        new GroupSession(group.heldOn(), group.topic().strip(), group.note().strip(), caller());
    em.persist(held);
    for (NewGroupSession.Participant p : participants) {
      groupNotes.write(p.patientId(), held, p.attendance());
    }
    WriteConflicts.flush(em);
    return held;
  }

  private ProgressNote changing(UUID noteId, Long version) {
    ProgressNote note = em.find(ProgressNote.class, noteId);
    if (note == null) {
      throw new RecordNotFound();
    }
    access.readablePatient(note.getPatientId());
    ChangedBySomeoneElse.check(version, note.getVersion());
    return note;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
