package org.continuumcare.site;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.continuumcare.audit.Audited;
import org.continuumcare.security.Role;
import org.continuumcare.shared.Conflict;
import org.continuumcare.shared.RuleViolation;

/**
 * Sites: looked up by code by everyone (reference data); created by administrators (API.md
 * "Sites"). A code is 2–16 capitals, digits, {@code -} or {@code _}, and unique.
 */
@Stateless
public class Sites {

  @PersistenceContext private EntityManager em;

  public Optional<Site> byCode(String code) {
    return em.createQuery("select s from Site s where s.code = :code", Site.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Site> all() {
    return em.createQuery("select s from Site s order by s.code", Site.class).getResultList();
  }

  @Audited
  @RolesAllowed(Role.ADMINISTRATOR)
  public Site create(String code, String name) {
    if (code == null || !code.matches("[A-Z0-9][A-Z0-9_-]{1,15}")) {
      throw new RuleViolation("code", "site.code");
    }
    if (name == null || name.isBlank() || name.length() > 120) {
      throw new RuleViolation("name", "site.name");
    }
    if (byCode(code).isPresent()) {
      throw new Conflict("site.exists", code);
    }
    Site site = new Site(code, name.trim());
    em.persist(site);
    em.flush();
    return site;
  }
}
