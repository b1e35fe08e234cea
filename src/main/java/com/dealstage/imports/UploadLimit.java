package com.dealstage.imports;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * 413 naming the limit for a list over dealstage.imports.max-size, however it came: a multipart upload is refused
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
