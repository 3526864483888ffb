package io.shuzhi.shared.web;

import io.shuzhi.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One place that turns failures into answers: RFC 9457 problem details for {@code /api/**} (stable {@code code},
 * field {@code errors}, never a stack trace or an internal message), a friendly page for everything else.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    Object domain(DomainException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.fieldProblems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList();
        return answer(request, HttpStatus.valueOf(e.status()), e.code(), e.getMessage(), errors);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList();
        return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "validation", "输入有误 / Invalid input", errors);
    }

    @ExceptionHandler({HandlerMethodValidationException.class, ConstraintViolationException.class})
    Object invalidParameters(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "validation", "输入有误 / Invalid input", List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        // the message names the offending value or token, never our classes
        String detail = "请求内容无法解析 / Malformed request body";
        Throwable cause = e.getMostSpecificCause();
        if (cause != null && cause.getMessage() != null && cause.getClass().getName().startsWith("tools.jackson")) {
            String first = cause.getMessage().lines().findFirst().orElse("");
            detail += ": " + first.replaceAll("`[a-zA-Z_$.]+`", "value").replaceAll("\\(class [^)]*\\)", "");
        }
        return answer(request, HttpStatus.BAD_REQUEST, "malformed-request", detail, List.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class})
    Object badParameter(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "bad-parameter", "参数缺失或类型错误 / Missing or malformed parameter", List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "上传文件过大 / The upload is larger than allowed", List.of());
    }

    @ExceptionHandler(MultipartException.class)
    Object badMultipart(MultipartException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "bad-multipart", "上传请求无效 / Not a valid file upload", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "不支持的内容类型 / Unsupported content type", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "不支持该请求方法 / Method not allowed", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "not-found", "未找到 / Not found", List.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    Object denied(Exception e, HttpServletRequest request) throws Exception {
        if (!isApi(request) && request.getUserPrincipal() == null) {
            throw e; // let Spring Security send an anonymous visitor to the login page
        }
        return answer(request, HttpStatus.FORBIDDEN, "forbidden", "无权执行此操作 / Your role does not allow this action", List.of());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "服务器内部错误，请稍后再试 / Internal error", List.of());
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String code, String detail, List<Map<String, String>> errors) {
        if (isApi(request)) {
            ProblemDetail problem = Problems.of(status, code, detail);
            problem.setInstance(URI.create(request.getRequestURI()));
            if (!errors.isEmpty()) {
                problem.setProperty("errors", errors);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error/problem", status);
        page.addObject("status", status.value());
        page.addObject("title", messages.getMessage("error." + status.value(), null,
                messages.getMessage("error.generic", null, "出错了", LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale()));
        page.addObject("detail", detail);
        page.addObject("errors", errors);
        return page;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
