package org.continuumcare.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.stream.Collectors;
import org.continuumcare.security.Role;

/** The signed-in user and the screens their roles open (DESIGN.md §5). */
@Named("shell")
@RequestScoped
public class ShellBacking {

  private record Entry(String labelKey, String outcome, List<String> roles) {}

  private static final List<Entry> SCREENS =
      List.of(
          new Entry(
              "nav.caseload",
              "/caseload/index",
              List.of(Role.COUNSELOR, Role.PRESCRIBER, Role.NURSE, Role.ADMINISTRATOR)),
          new Entry("nav.worklist", "/worklist/index", List.of(Role.COUNSELOR, Role.NURSE)),
          new Entry("nav.group", "/group/session", List.of(Role.COUNSELOR)),
          new Entry("nav.census", "/census/index", List.of(Role.INTAKE, Role.ADMINISTRATOR)),
          new Entry("nav.intake", "/intake/index", List.of(Role.INTAKE, Role.ADMINISTRATOR)),
          new Entry("nav.beds", "/intake/beds", List.of(Role.INTAKE, Role.ADMINISTRATOR)),
          new Entry("nav.admit", "/intake/admit", List.of(Role.INTAKE, Role.ADMINISTRATOR)),
          new Entry("nav.units", "/setup/units", List.of(Role.ADMINISTRATOR)),
          new Entry("nav.reports", "/reports/index", List.of(Role.ADMINISTRATOR)),
          new Entry("nav.audit", "/audit/index", List.of(Role.AUDITOR)),
          new Entry("nav.disclosures", "/audit/disclosures", List.of(Role.AUDITOR)));

  private static final List<String> ROLES =
      List.of(
          Role.INTAKE,
          Role.COUNSELOR,
          Role.PRESCRIBER,
          Role.NURSE,
          Role.ADMINISTRATOR,
          Role.AUDITOR);

  @Inject SecurityContext security;
  @Inject FacesContext faces;

  public String getUsername() {
    var principal = security.getCallerPrincipal();
    return principal == null ? "" : principal.getName();
  }

  public String getRoles() {
    return ROLES.stream().filter(security::isCallerInRole).collect(Collectors.joining(", "));
  }

  public List<NavItem> getNavigation() {
    String current = faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    return SCREENS.stream()
        .filter(e -> e.roles().stream().anyMatch(security::isCallerInRole))
        .map(e -> new NavItem(e.labelKey(), e.outcome(), current.startsWith(e.outcome())))
        .toList();
  }
}
