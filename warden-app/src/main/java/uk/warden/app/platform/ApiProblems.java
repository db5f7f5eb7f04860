package uk.warden.app.platform;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import uk.warden.core.input.BadInputException;

/**
 * Errors of the REST API as RFC 9457 problem details. Bad input lists every problem with its field,
 * row and reason under {@code problems}; nothing is ever answered with a stack trace.
 */
// Ahead of Boot's own problem-details handler, which would answer with less detail.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems {

  private static final URI BAD_INPUT = URI.create("https://warden.invalid/problems/bad-input");
  private static final URI NOT_FOUND = URI.create("https://warden.invalid/problems/not-found");
  private static final String PROBLEMS = "https://warden.invalid/problems/";

  @ExceptionHandler(BadInputException.class)
  ProblemDetail badInput(BadInputException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, firstLine(e));
    problem.setType(BAD_INPUT);
    problem.setTitle("Bad input");
    List<Map<String, Object>> problems =
        e.problems().stream()
            .map(
                p -> {
                  Map<String, Object> item = new java.util.LinkedHashMap<>();
                  item.put("source", p.source());
                  if (p.row() != null) {
                    item.put("row", p.row());
                  }
                  if (p.field() != null) {
                    item.put("field", p.field());
                  }
                  item.put("reason", p.reason());
                  return item;
                })
            .toList();
    problem.setProperty("problems", problems);
    return problem;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail invalid(IllegalArgumentException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setType(BAD_INPUT);
    problem.setTitle("Bad input");
    return problem;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
      cause = cause.getCause();
    }
    // A model record refused a value (an end before a start, an empty name): say which.
    String detail =
        cause instanceof IllegalArgumentException && cause.getMessage() != null
            ? cause.getMessage()
            : "The request body is not valid JSON for this resource.";
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(BAD_INPUT);
    problem.setTitle("Bad input");
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "Parameter '" + e.getName() + "' has an invalid value.");
    problem.setType(BAD_INPUT);
    problem.setTitle("Bad input");
    return problem;
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail notValid(MethodArgumentNotValidException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
    problem.setType(BAD_INPUT);
    problem.setTitle("Bad input");
    problem.setProperty(
        "problems",
        e.getFieldErrors().stream()
            .map(
                f -> Map.of("field", f.getField(), "reason", String.valueOf(f.getDefaultMessage())))
            .toList());
    return problem;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "The upload is too large.");
    problem.setTitle("Upload too large");
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setType(NOT_FOUND);
    problem.setTitle("Not found");
    return problem;
  }

  /** 428 Precondition Required: the request is fine once it says why (RFC 6585). */
  @ExceptionHandler(ReasonRequiredException.class)
  ProblemDetail reasonRequired(ReasonRequiredException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.PRECONDITION_REQUIRED,
            e.getMessage() + " Send it in the X-Warden-Reason header.");
    problem.setTitle("Reason required");
    problem.setType(URI.create(PROBLEMS + "reason-required"));
    problem.setProperty("action", e.action());
    return problem;
  }

  @ExceptionHandler(RefusedException.class)
  ProblemDetail refused(RefusedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setType(URI.create(PROBLEMS + e.problem()));
    problem.setTitle("Refused");
    return problem;
  }

  private static String firstLine(BadInputException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
