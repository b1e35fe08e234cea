package com.dealstage.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON body over the limit with 413 before anything parses it, on all three APIs. A body of
 * unknown length (chunked) is read up to the limit and handed on from memory.
 */
final class BodySizeLimit extends OncePerRequestFilter {

    private final long limit;

    BodySizeLimit(ApiProperties properties) {
        this.limit = properties.maxBodySize().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentType() == null || !request.getContentType().toLowerCase().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        if (request.getContentLengthLong() >= 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sentence = String.format("The request body is larger than %,d bytes.", limit);
        response.setStatus(413);
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                    + "\"detail\":\"" + sentence + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}");
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"type\":\"PayloadTooLarge\",\"message\":\"" + sentence + "\"}");
        }
    }
}
