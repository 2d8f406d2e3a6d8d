package uk.gov.halton.planner.base.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A browser's page load that the server refused with 403 (a signed-in user typing the address of a page their role
 * may not open) is sent to {@link NoAccessView}, inside the application's frame, rather than to the bare error page.
 * Only page loads (GET, asking for HTML) of the application itself: the GIS API, the actuator and refused form posts
 * (CSRF) keep their status codes.
 */
@Component
class AccessDeniedRedirect implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.FORBIDDEN || !"GET".equals(request.getMethod())) {
            return null;
        }
        Object path = model.get("path");
        String refused = path == null ? "" : path.toString();
        if (refused.startsWith("/api/") || refused.startsWith("/actuator") || refused.startsWith("/no-access")) {
            return null;
        }
        String target = UriComponentsBuilder.fromPath("/no-access")
                .queryParam("path", "{path}")
                .encode()
                .buildAndExpand(refused)
                .toUriString();
        return new ModelAndView("redirect:" + target);
    }
}
