package org.continuumcare.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDateTime;
import java.util.List;
import org.continuumcare.drugscreen.Analyte;
import org.continuumcare.drugscreen.AnalyteResult;
import org.continuumcare.drugscreen.NewDrugScreen;
import org.continuumcare.drugscreen.Specimen;

/**
 * Body of {@code POST /patients/{id}/drug-screens}: {@code collectedAt} is the site's local date
 * and time ({@code 2025-06-30T10:15}); {@code results} one per analyte, {@code POSITIVE} or {@code
 * NEGATIVE}. No results at all is a rule broken (422), like a collection in the future.
 */
public class DrugScreenRequest {
  @NotNull public LocalDateTime collectedAt;

  @NotNull
  @CodeOf(Specimen.class)
  public String specimen;

  public boolean observed;

  public List<@NotNull @Valid Result> results;

  /** One analyte's result. */
  public static class Result {
    @NotNull
    @CodeOf(Analyte.class)
    public String analyte;

    @NotNull
    @Pattern(regexp = "POSITIVE|NEGATIVE", message = "must be POSITIVE or NEGATIVE")
    public String result;
  }

  NewDrugScreen toScreen() {
    return new NewDrugScreen(
        collectedAt,
        Specimen.valueOf(specimen),
        observed,
        results == null
            ? List.of()
            : results.stream()
                .map(
                    r -> new AnalyteResult(Analyte.valueOf(r.analyte), "POSITIVE".equals(r.result)))
                .toList());
  }
}
