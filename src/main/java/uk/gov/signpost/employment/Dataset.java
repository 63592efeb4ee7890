package uk.gov.signpost.employment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A published data set that an answer came from, so that people can see how old the information is and who to
 * thank for it.
 *
 * @param name what it is, for example "Apprenticeship standards (Skills England)"
 * @param edition the version or list it is, for example "v1.1.1"
 * @param accurateAsOf the date its publisher says it was accurate, if known
 * @param licence the licence it is used under
 * @param attribution the words its licence asks us to show
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Dataset(String name, String edition, @Nullable LocalDate accurateAsOf, String licence,
        String attribution) {

    public Dataset {
        if (name.isBlank() || edition.isBlank() || licence.isBlank() || attribution.isBlank()) {
            throw new IllegalArgumentException("A data set needs a name, edition, licence and attribution");
        }
    }
}
