package org.continuumcare.web.worklist;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.continuumcare.security.Role;
import org.continuumcare.worklist.WorkListRow;
import org.continuumcare.worklist.WorkListService;

/** My work list: the items due for my patients (and my role's pool), most overdue first. */
@Named
@RequestScoped
public class WorkListBacking {

  @EJB WorkListService workList;
  @Inject SecurityContext security;

  private List<WorkListRow> items;

  public List<WorkListRow> getItems() {
    if (items == null) {
      items = workList.mine();
    }
    return items;
  }

  /**
   * The page's introduction: what a nurse's list holds (the unit's withdrawal reassessments)
   * differs from a counselor's (their patients' follow-ups, reviews, checks, consents, milestones).
   */
  public String getIntroKey() {
    return security.isCallerInRole(Role.NURSE) && !security.isCallerInRole(Role.COUNSELOR)
        ? "worklist.intro.nurse"
        : "worklist.intro";
  }

  /** Marks an item done; completing it twice is harmless. */
  public void complete(String itemId) {
    workList.complete(UUID.fromString(itemId));
    items = null;
  }
}
