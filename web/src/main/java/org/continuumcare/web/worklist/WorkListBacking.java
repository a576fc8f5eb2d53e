package org.continuumcare.web.worklist;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.continuumcare.worklist.WorkListRow;
import org.continuumcare.worklist.WorkListService;

/** My work list: the items due for my patients (and my role's pool), most overdue first. */
@Named
@RequestScoped
public class WorkListBacking {

  @EJB WorkListService workList;

  private List<WorkListRow> items;

  public List<WorkListRow> getItems() {
    if (items == null) {
      items = workList.mine();
    }
    return items;
  }

  /** Marks an item done; completing it twice is harmless. */
  public void complete(String itemId) {
    workList.complete(UUID.fromString(itemId));
    items = null;
  }
}
