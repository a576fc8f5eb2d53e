package org.continuumcare.web.intake;

import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.continuumcare.consent.NewConsent;
import org.continuumcare.intake.Step;
import org.continuumcare.shared.RuleViolation;

/** Where the intake flow shows a refused admission, so its message is seen next to its field. */
final class RefusedStep {

  private RefusedStep() {}

  /**
   * The withdrawal step's fields, and the consent step's (named as {@link NewConsent} names them).
   */
  private static final Map<String, Step> EARLIER_STEP_FIELDS = earlierStepFields();

  private static Map<String, Step> earlierStepFields() {
    Map<String, Step> fields = new HashMap<>();
    Arrays.stream(NewConsent.class.getRecordComponents())
        .forEach(c -> fields.put(c.getName(), Step.CONSENT));
    fields.put("decision", Step.CONSENT);
    fields.put("instrument", Step.WITHDRAWAL);
    fields.put("takenAt", Step.WITHDRAWAL);
    fields.put("withdrawalItems", Step.WITHDRAWAL);
    return Map.copyOf(fields);
  }

  /**
   * The step showing the field an admission was refused on — the withdrawal score or the consent
   * when the refusal is about them, so its message is seen next to its field — else the admission.
   */
  static Step showing(Throwable refusal) {
    for (Throwable t = refusal; t != null; t = t.getCause()) {
      String field = null;
      if (t instanceof RuleViolation v) {
        field = v.field();
      } else if (t instanceof ConstraintViolationException cve) {
        field =
            cve.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString())
                .findFirst()
                .orElse(null);
      }
      if (field != null) {
        String name = field.replaceAll("^.*\\.", "").replaceAll(":.*$", "");
        return EARLIER_STEP_FIELDS.getOrDefault(name, Step.ADMISSION);
      }
    }
    return Step.ADMISSION;
  }
}
