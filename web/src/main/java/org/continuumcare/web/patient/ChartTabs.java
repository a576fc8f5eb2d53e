package org.continuumcare.web.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.inject.Named;
import org.primefaces.component.tabview.Tab;

/**
 * Which chart tab to open: {@code ?tab=plan} names a tab by id, so a dialog can return to its tab
 * after saving however many tabs the chart has ({@code activeIndex="#{chartTabs.indexOf(component,
 * param.tab)}"}).
 */
@Named
@ApplicationScoped
public class ChartTabs {

  public int indexOf(UIComponent tabView, String tabId) {
    if (tabView == null || tabId == null) {
      return 0;
    }
    int index = 0;
    for (UIComponent child : tabView.getChildren()) {
      if (child instanceof Tab && child.isRendered()) {
        if (tabId.equals(child.getId())) {
          return index;
        }
        index++;
      }
    }
    return 0;
  }
}
