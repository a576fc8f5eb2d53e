package org.continuumcare.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.continuumcare.episode.Admission;
import org.continuumcare.episode.Episode;
import org.continuumcare.episode.EpisodeService;
import org.continuumcare.patient.PatientRegistration;
import org.continuumcare.patient.PatientService;
import org.continuumcare.security.Role;

/** Registers a new patient and admits them in one transaction: both happen, or neither. */
@Stateless
public class IntakeService {

  @EJB private PatientService patients;
  @EJB private EpisodeService episodes;

  @RolesAllowed({Role.INTAKE, Role.ADMINISTRATOR})
  public Episode registerAndAdmit(
      @NotNull @Valid PatientRegistration registration, @NotNull @Valid Admission admission) {
    var registered = patients.register(registration);
    return episodes.admit(registered.patient().getId(), admission);
  }
}
