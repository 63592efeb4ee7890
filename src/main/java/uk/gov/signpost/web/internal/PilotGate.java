package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.gov.signpost.pilot.Cohorts;
import uk.gov.signpost.pilot.KillSwitch;
import uk.gov.signpost.pilot.KillSwitchScope;
import uk.gov.signpost.pilot.NotInPilotException;
import uk.gov.signpost.pilot.ServiceOffException;

/**
 * Keeps the assistant's pages and API closed when the service's kill switch is on ({@link ServiceOffException}),
 * and to people with a session who are not in a pilot cohort ({@link NotInPilotException}). It reads the switch on
 * every request, so a change on any instance applies to the next request here. People starting a conversation
 * without a session yet are checked by the controllers once the session exists.
 */
@Configuration(proxyBeanMethods = false)
class PilotGate implements WebMvcConfigurer, HandlerInterceptor {

    private final ObjectProvider<KillSwitch> killSwitch;
    private final ObjectProvider<Cohorts> cohorts;
    private final ObjectProvider<Caller> caller;

    /** Providers, because web test slices that load only some controllers have no pilot module. */
    PilotGate(ObjectProvider<KillSwitch> killSwitch, ObjectProvider<Cohorts> cohorts, ObjectProvider<Caller> caller) {
        this.killSwitch = killSwitch;
        this.cohorts = cohorts;
        this.caller = caller;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (killSwitch.getIfAvailable() == null || cohorts.getIfAvailable() == null
                || caller.getIfAvailable() == null) {
            return;
        }
        registry.addInterceptor(this)
                .addPathPatterns("/", "/conversations", "/conversations/**", "/api/v1/conversations",
                        "/api/v1/conversations/**", "/mcp", "/mcp/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (killSwitch.getObject().isOff(KillSwitchScope.SERVICE)) {
            throw new ServiceOffException();
        }
        Cohorts pilot = cohorts.getObject();
        String path = request.getRequestURI();
        if (pilot.enabled() && !"/".equals(path) && !path.startsWith("/mcp")) {
            caller.getObject().owner(request).ifPresent(pilot::admit);
        }
        return true;
    }
}
