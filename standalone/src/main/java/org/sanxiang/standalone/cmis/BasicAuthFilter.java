package org.sanxiang.standalone.cmis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.BiPredicate;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * HTTP basic authentication against the configured users. The InMemory server believes any user name
 * it is given, so the passwords are checked here, before a request reaches OpenCMIS.
 */
final class BasicAuthFilter implements Filter {

    private final BiPredicate<String, String> credentials;

    /** @param credentials checks a user name and password */
    BasicAuthFilter(BiPredicate<String, String> credentials) {
        this.credentials = credentials;
    }

    @Override
    public void init(FilterConfig filterConfig) {
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (authenticated(http.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) response;
        out.setHeader("WWW-Authenticate", "Basic realm=\"Sanxiang CMIS\", charset=\"UTF-8\"");
        out.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Authentication required");
    }

    private boolean authenticated(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        return credentials.test(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    @Override
    public void destroy() {
    }
}
