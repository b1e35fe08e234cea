package com.dealstage.imports;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * 413 naming the limit for a list over dealstage.imports.max-size, however it came, and 400 for a multipart body that
 * cannot be read: a multipart upload is refused
 * while Spring reads it, before any controller is chosen (so this advice is not limited to a package), a CSV body
 * while it is spooled.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    private final ImportsProperties properties;

    UploadLimit(ImportsProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail multipart(MaxUploadSizeExceededException tooLarge) {
        return tooLarge(new ImportUpload.TooLarge(properties.maxSize().toBytes()));
    }

    /** A multipart body that cannot be read (no closing boundary, a broken part header). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadable(MultipartException unreadable) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The upload cannot be read as a multipart "
                + "form: send the list in a form field 'file' (or the CSV itself as a text/csv body).");
    }

    @ExceptionHandler(ImportUpload.TooLarge.class)
    ProblemDetail body(ImportUpload.TooLarge tooLarge) {
        return tooLarge(tooLarge);
    }

    private static ProblemDetail tooLarge(ImportUpload.TooLarge tooLarge) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
        problem.setProperty("limit", tooLarge.limit);
        return problem;
    }
}
