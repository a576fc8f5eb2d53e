package org.continuumcare.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.continuumcare.audit.Audited;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.Episodes;
import org.continuumcare.patient.Patient;
import org.continuumcare.security.ChartAccess;
import org.continuumcare.security.Role;
import org.continuumcare.shared.RuleViolation;

/**
 * One patient's note of a group session, inside the session's transaction ({@link
 * NoteService#recordGroupSession}); its own audited call, so each patient has an audit row.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class GroupSessionNotes {

  @PersistenceContext private EntityManager em;
  @EJB private ChartAccess access;
  @EJB private Episodes episodes;

  @Audited
  @RolesAllowed({Role.COUNSELOR, Role.ADMINISTRATOR})
  public ProgressNote write(
      @NotNull UUID patientId, @NotNull GroupSession session, @NotNull Attendance attendance) {
    Patient patient = access.readablePatient(patientId);
    Episode episode =
        em.createQuery(
                "select e from Episode e where e.patient.id = :p and e.admittedOn <= :on"
                    + " and (e.dischargedOn is null or e.dischargedOn >= :on)"
                    + " order by e.admittedOn desc",
                Episode.class)
            .setParameter("p", patientId)
            .setParameter("on", session.getHeldOn())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "participants", "group.notInCare", patient.getMrn(), session.getHeldOn()));
    ProgressNote note =
        ProgressNote.ofGroup(
            patientId, episode.getId(), session, attendance, episodes.spanOf(episode));
    em.persist(note);
    return note;
  }
}
