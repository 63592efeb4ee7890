package uk.gov.signpost.employment.internal.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.signpost.employment.Nation;
import uk.gov.signpost.employment.internal.catalogue.ServiceCatalogue;
import uk.gov.signpost.platform.InvalidFieldException;

/** Routing over HTTP: the services the rules give for a situation, as that person's nation knows them. */
@RestController
@RequestMapping("/api/v1/routing")
class RoutingController {

    private final RoutingPolicy routing;
    private final ServiceCatalogue catalogue;

    RoutingController(RoutingPolicy routing, ServiceCatalogue catalogue) {
        this.routing = routing;
        this.catalogue = catalogue;
    }

    @PostMapping
    Response route(@RequestBody Request request) {
        Map<String, Object> situation = request.situation() == null ? Map.of() : request.situation();
        Nation nation = null;
        if (situation.get("nation") != null) {
            nation = Nation.fromKey(String.valueOf(situation.get("nation"))).orElseThrow(() -> new InvalidFieldException(
                    "unknown_nation", "situation.nation", "Nation must be england, wales, scotland or northern-ireland"));
        }
        List<Recommendation> recommendations = new ArrayList<>();
        for (RoutingPolicy.Recommendation r : routing.recommend(situation)) {
            Nation where = nation;
            catalogue.resolve(r.service(), where).ifPresent(service -> recommendations.add(
                    new Recommendation(service.key(), service.name(), service.url(), r.reason(), r.source())));
        }
        return new Response(recommendations);
    }

    record Request(@Nullable Map<String, Object> situation) {}

    record Response(List<Recommendation> recommendations) {}

    record Recommendation(String key, String name, String url, String reason, String source) {}
}
