package uk.gov.signpost.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the scenarios and the journeys file from the classpath, and checks them: ids match file names, journeys
 * match folders and are known, and every service key is in the real catalogue.
 */
final class ScenarioFiles {

    static final String ROOT = "eval/scenarios/";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ScenarioFiles() {}

    /** The journeys file: titles, the usual cards per journey, the reading-ease floor and refusal phrases. */
    record Journeys(double readingEaseMin, List<String> refusalPhrases, Map<String, Journey> journeys) {
        Journeys {
            refusalPhrases = List.copyOf(refusalPhrases);
            journeys = Map.copyOf(journeys);
        }

        Journey journey(String key) {
            Journey journey = journeys.get(key);
            if (journey == null) {
                throw new IllegalArgumentException("Unknown journey " + key + "; add it to eval/journeys.yaml");
            }
            return journey;
        }
    }

    record Journey(String title, List<String> usual) {
        Journey {
            usual = usual == null ? List.of() : List.copyOf(usual);
        }
    }

    static Journeys journeys() {
        try (InputStream in = new ClassPathResource("eval/journeys.yaml").getInputStream()) {
            return YAML.readValue(in, Journeys.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every scenario, sorted by journey then id. */
    static List<Scenario> all() {
        Journeys journeys = journeys();
        Set<String> catalogue = catalogueKeys();
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.yaml");
            for (Resource file : files) {
                String path = file.getURL().getPath();
                String relative = path.substring(path.lastIndexOf(ROOT) + ROOT.length());
                Scenario scenario;
                try (InputStream in = file.getInputStream()) {
                    scenario = YAML.readValue(in, Scenario.class);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(relative + ": " + e.getMessage(), e);
                }
                check(scenario, relative, journeys, catalogue);
                if (!ids.add(scenario.id())) {
                    throw new IllegalArgumentException("Two scenarios have the id " + scenario.id());
                }
                scenarios.add(scenario);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        scenarios.sort(Comparator.comparing(Scenario::journey).thenComparing(Scenario::id));
        return List.copyOf(scenarios);
    }

    private static void check(Scenario scenario, String relative, Journeys journeys, Set<String> catalogue) {
        String expected = scenario.journey() + "/" + scenario.id() + ".yaml";
        if (!relative.equals(expected)) {
            throw new IllegalArgumentException(relative + ": the id and journey say it should be " + expected);
        }
        journeys.journey(scenario.journey());
        List<Scenario.Expect> all = new ArrayList<>();
        all.add(scenario.expect());
        scenario.turns().forEach(t -> all.add(t.expectations()));
        for (Scenario.Expect expect : all) {
            List<String> keys = new ArrayList<>(expect.signposts());
            keys.addAll(expect.maySignpost());
            keys.addAll(expect.notSignposts());
            if (expect.firstSignpost() != null) {
                keys.add(expect.firstSignpost());
            }
            for (String key : keys) {
                if (!catalogue.contains(key) && !key.equals("job:*") && !key.equals("training:*")) {
                    throw new IllegalArgumentException(relative + ": " + key + " is not in the service catalogue");
                }
            }
        }
    }

    /**
     * The keys a card can have: the service catalogue's, and the benefits in GOV.UK's checker rules. Job and
     * training cards have keys made from the advert or standard ({@code job:327611}); scenarios name those as
     * {@code job:*} or {@code training:*}, meaning any one.
     */
    static Set<String> catalogueKeys() {
        JsonMapper json = JsonMapper.builder().build();
        Set<String> keys = new HashSet<>(serviceKeys());
        try (InputStream in = new ClassPathResource("employment/check-benefits-financial-support.rules.json")
                .getInputStream()) {
            json.readTree(in).get("benefits").forEach(b -> keys.add(b.has("id") ? b.get("id").asString()
                    : b.get("key").asString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** The service catalogue's keys only. */
    static Set<String> serviceKeys() {
        Set<String> keys = new HashSet<>();
        try (InputStream in = new ClassPathResource("catalogue/services.json").getInputStream()) {
            JsonMapper.builder().build().readTree(in).get("services").forEach(s -> keys.add(s.get("key").asString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
