package org.continuumcare.web.intake;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.continuumcare.episode.ReferralSource;
import org.continuumcare.intake.ConsentDecision;
import org.continuumcare.intake.Frequency;
import org.continuumcare.intake.Payer;
import org.continuumcare.intake.Route;
import org.continuumcare.intake.VarianceReason;
import org.continuumcare.levelofcare.LevelOfCare;
import org.continuumcare.patient.SexAtBirth;
import org.continuumcare.patient.Substance;
import org.continuumcare.site.Sites;

/** The code lists the intake screens choose from. */
@Named
@RequestScoped
public class IntakeChoices {

  @EJB Sites sites;

  public ReferralSource[] getReferralSources() {
    return ReferralSource.values();
  }

  public SexAtBirth[] getSexesAtBirth() {
    return SexAtBirth.values();
  }

  public Payer[] getPayers() {
    return Payer.values();
  }

  public Substance[] getSubstances() {
    return Substance.values();
  }

  public Route[] getRoutes() {
    return Route.values();
  }

  public Frequency[] getFrequencies() {
    return Frequency.values();
  }

  public LevelOfCare[] getLevelsOfCare() {
    return LevelOfCare.values();
  }

  public VarianceReason[] getVarianceReasons() {
    return VarianceReason.values();
  }

  public int[] getRatings() {
    return new int[] {0, 1, 2, 3, 4};
  }

  public ConsentDecision[] getConsentDecisions() {
    return ConsentDecision.values();
  }

  /** Site names by code. */
  public Map<String, String> getSites() {
    Map<String, String> names = new LinkedHashMap<>();
    sites.all().forEach(s -> names.put(s.getCode(), s.getName()));
    return names;
  }
}
