package org.continuumcare.site;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Looks sites up by code. Sites are reference data, readable by every signed-in user. */
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
}
