package org.continuumcare.web.api;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of a request body: 422 with the field errors. Registered for {@link
 * ValidationException} itself so that it wins over the JAX-RS runtime's own mapper (an HTML 400).
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

  @Override
  public Response toResponse(ValidationException e) {
    return Problem.response(ProblemMapper.problemFor(e));
  }
}
