package uk.gov.signpost.employment.internal.guidance;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/guidance} refreshes the guidance pages from GOV.UK now and says what happened. Like every
 * actuator endpoint but health, info and prometheus, it is not exposed unless an operator adds {@code guidance} to
 * {@code MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE}; put the management port somewhere the public cannot reach.
 */
@Component
@Endpoint(id = "guidance")
class GuidanceRefreshEndpoint {

    private final GuidanceRefresh refresh;

    GuidanceRefreshEndpoint(GuidanceRefresh refresh) {
        this.refresh = refresh;
    }

    @WriteOperation
    public GuidanceRefresh.Report refresh() {
        return refresh.refresh();
    }
}
