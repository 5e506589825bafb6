package org.sahakarflow.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One error shape for the whole API: RFC 9457 problem details, with an {@code errors} list of
 * {@code {field, reason}} for bad input. Never a stack trace.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    ex.getBindingResult().getFieldErrors()
        .forEach(e -> problems.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
    ex.getBindingResult().getGlobalErrors()
        .forEach(e -> problems.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
    return badInput(problems);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(
        e -> problems.add(new FieldProblem(result.getMethodParameter().getParameterName(),
            e.getDefaultMessage()))));
    return badInput(problems);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String duplicate = duplicateKey(ex.getCause());
    if (duplicate != null) {
      return badInput(List.of(new FieldProblem(duplicate, "appears more than once")));
    }
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return badInput(List.of(new FieldProblem(field, "has the wrong type or format")));
    }
    return badInput(List.of(new FieldProblem("body", "is not readable JSON")));
  }

  /**
   * The path of a key given twice in one object (the parser is strict about it, see
   * application.yaml), or null: which of two values is meant cannot be guessed, so neither is.
   */
  private static String duplicateKey(Throwable cause) {
    JsonParseException parse = cause instanceof JsonParseException p ? p
        : cause != null && cause.getCause() instanceof JsonParseException p ? p : null;
    if (parse == null || !parse.getOriginalMessage().startsWith("Duplicate field")
        || parse.getProcessor() == null) {
      return null;
    }
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c = parse.getProcessor().getParsingContext(); c != null && !c.inRoot();
        c = c.getParent()) {
      path.insert(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
    }
    return path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
    return badInput(ex.getConstraintViolations().stream()
        .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList());
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalidInput(InvalidInputException ex) {
    return badInput(ex.problems());
  }

  /** The engine's refusal of the caller's input ("field: reason" from a listener or a rule). */
  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Object> engineRefusal(BadUserRequestException ex) {
    if (InvalidInputException.ofEngineRefusal(ex) instanceof InvalidInputException invalid) {
      return badInput(invalid.problems());
    }
    return badInput(List.of(new FieldProblem("body", ex.getMessage())));
  }

  @ExceptionHandler(FieldRefusal.class)
  ResponseEntity<Object> fieldRefusal(FieldRefusal ex) {
    return badInput(ex.problems());
  }

  @ExceptionHandler(CaseConflict.class)
  ResponseEntity<Object> caseConflict(CaseConflict ex) {
    return problem(HttpStatus.CONFLICT, ex.reason());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Object> forbidden(AuthorizationException ex) {
    return problem(HttpStatus.FORBIDDEN, "you have no role in this case or step");
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Object> notFound(NotFoundException ex) {
    return problem(HttpStatus.NOT_FOUND, ex.getMessage());
  }

  @ExceptionHandler({ConflictException.class, DuplicateKeyException.class})
  ResponseEntity<Object> conflict(RuntimeException ex) {
    String detail = ex instanceof ConflictException ? ex.getMessage() : "already on record";
    return problem(HttpStatus.CONFLICT, detail);
  }

  /** Someone else changed the same thing first: ordinary work, not an error to log. */
  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<Object> changedMeanwhile(OptimisticLockingException ex) {
    return problem(HttpStatus.CONFLICT, "changed by someone else, reload");
  }

  @ExceptionHandler(TaskAlreadyClaimedException.class)
  ResponseEntity<Object> alreadyClaimed(TaskAlreadyClaimedException ex) {
    return problem(HttpStatus.CONFLICT, "this step is already claimed by " + ex.getTaskAssignee());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception ex) {
    log.error("unexpected error serving an API request", ex);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; it has been logged");
  }

  static ResponseEntity<Object> badInput(List<FieldProblem> problems) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        problems.stream().map(p -> p.field() + " " + p.reason()).collect(Collectors.joining("; ")));
    body.setTitle("Invalid input");
    body.setProperty("errors", problems.stream()
        .sorted(Comparator.comparing(ApiErrors::inNumberOrder)).toList());
    return ResponseEntity.badRequest().body(body);
  }

  /** "line 9" before "line 10": a field's numbers compare as numbers. */
  private static String inNumberOrder(FieldProblem problem) {
    return NUMBER.matcher(problem.field()).replaceAll(n -> "%012d".formatted(Long.parseLong(n.group())));
  }

  private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
