package uk.gov.signpost.employment.internal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.employment.Nation;
import uk.gov.signpost.model.Language;

/**
 * The services Signpost can point people to, held as data in {@code catalogue/services.json} with the source
 * each fact was checked against. It knows the four nations:
 *
 * <ul>
 *   <li>a service with its own version in a nation (Jobs &amp; Benefits offices for Jobcentre Plus in Northern
 *       Ireland) keeps its key but shows that nation's name, link and contact details;
 *   <li>a service that does not cover a nation is swapped for its equivalent there, from
 *       {@code catalogue/equivalents.json} (Careers Wales for the National Careers Service in Wales);
 *   <li>a service with no equivalent in the person's nation is left out rather than shown wrongly.
 * </ul>
 */
@Component
public class ServiceCatalogue {

    private final Map<String, ServiceEntry> entries = new LinkedHashMap<>();
    private final List<List<String>> equivalents;
    private final Map<String, WelshEntry> welsh;

    public ServiceCatalogue() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        CatalogueFile file = read(json, "catalogue/services.json", new TypeReference<>() {});
        for (ServiceEntry entry : file.services()) {
            if (entries.put(entry.key(), entry) != null) {
                throw new IllegalStateException("Duplicate catalogue key " + entry.key());
            }
        }
        this.equivalents = read(json, "catalogue/equivalents.json", new TypeReference<List<List<String>>>() {});
        for (List<String> group : equivalents) {
            group.forEach(this::require);
        }
        this.welsh = read(json, "catalogue/services.cy.json", new TypeReference<WelshFile>() {}).services();
        for (ServiceEntry entry : entries.values()) {
            WelshEntry cy = welsh.get(entry.key());
            if (cy == null || cy.name() == null || cy.purpose() == null) {
                throw new IllegalStateException("catalogue/services.cy.json has no Welsh name or purpose for "
                        + entry.key());
            }
        }
    }

    /** Every key in the catalogue, in catalogue order. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /**
     * The service to show for {@code key} to a person in {@code nation}, or to anyone when the nation is not
     * known.
     */
    public Optional<ServiceView> resolve(String key, @Nullable Nation nation) {
        return resolve(key, nation, Language.ENGLISH);
    }

    /**
     * As {@link #resolve(String, Nation)}, in {@code language}. In Welsh, the name, description and contact
     * details come from {@code catalogue/services.cy.json}, and the link is to the Welsh page where there is
     * one. A nation's own version with no Welsh (Northern Ireland's Jobs &amp; Benefits offices) stays in
     * English rather than borrow the Welsh of a service it is not.
     */
    public Optional<ServiceView> resolve(String key, @Nullable Nation nation, Language language) {
        ServiceEntry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (nation == null || covers(entry, nation)) {
            return Optional.of(inLanguage(view(entry, nation), entry, nation, language));
        }
        return equivalentIn(key, nation)
                .map(equivalent -> inLanguage(view(equivalent, nation), equivalent, nation, language));
    }

    private ServiceView inLanguage(ServiceView english, ServiceEntry entry, @Nullable Nation nation,
            Language language) {
        if (language != Language.WELSH) {
            return english;
        }
        WelshEntry cy = welsh.get(entry.key());
        boolean variant = nation != null && entry.variants() != null && entry.variants().containsKey(nation.key());
        WelshDetails details = cy;
        if (variant) {
            details = cy.variants() == null ? null : cy.variants().get(nation.key());
            if (details == null) {
                return english;
            }
        }
        return new ServiceView(english.key(), details.asDetails().over(english.details()), english.nationSpecific());
    }

    private Optional<ServiceEntry> equivalentIn(String key, Nation nation) {
        return equivalents.stream()
                .filter(group -> group.contains(key))
                .flatMap(List::stream)
                .map(entries::get)
                .filter(candidate -> covers(candidate, nation))
                .findFirst();
    }

    private static boolean covers(ServiceEntry entry, Nation nation) {
        return entry.nations().contains(nation.key());
    }

    private static ServiceView view(ServiceEntry entry, @Nullable Nation nation) {
        ServiceDetails details = entry.base();
        if (nation != null && entry.variants() != null && entry.variants().containsKey(nation.key())) {
            details = entry.variants().get(nation.key()).over(details);
        }
        return new ServiceView(entry.key(), details, nation != null && entry.nations().size() < Nation.values().length);
    }

    private ServiceEntry require(String key) {
        ServiceEntry entry = entries.get(key);
        if (entry == null) {
            throw new IllegalStateException("catalogue/equivalents.json names unknown key " + key);
        }
        return entry;
    }

    private static <T> T read(JsonMapper json, String path, TypeReference<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }
}
