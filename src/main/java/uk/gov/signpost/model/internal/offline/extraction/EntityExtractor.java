package uk.gov.signpost.model.internal.offline.extraction;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.model.PlaceResolver;

/**
 * Finds the facts a person states in free text, without a language model. Keys are entity names that guided
 * flows use as slot names; values are JSON-friendly ({@code Integer}, {@code String}, {@code Boolean},
 * {@code java.math.BigDecimal}, {@code java.util.List}).
 *
 * <p>This first version knows nations and bare yes or no; the full extractor replaces it.
 */
public final class EntityExtractor {

    private final PlaceResolver places;

    public EntityExtractor(PlaceResolver places) {
        this.places = places;
    }

    /**
     * @param expecting the slot the assistant has just asked for, which helps read short answers ("34", "yes")
     */
    public Map<String, Object> extract(String text, @Nullable String expecting) {
        Map<String, Object> found = new LinkedHashMap<>();
        places.nation(text).ifPresent(nation -> found.put("nation", nation));
        String plain = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        if (plain.equals("yes") || plain.equals("no")) {
            found.put("yes_no", plain.equals("yes"));
        }
        return found;
    }
}
