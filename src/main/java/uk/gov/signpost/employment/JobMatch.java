package uk.gov.signpost.employment;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One advert in the results.
 *
 * @param id the Civil Service Jobs reference
 * @param employer the department or agency advertising
 * @param location where the job is, as the advert words it
 * @param distanceMiles from the place searched near to the advert's nearest place, to a tenth of a mile; null when
 *     no place was searched or the advert matched as national, remote or a whole region or nation
 * @param salaryMin lowest advertised salary in pounds, null when not given
 * @param salaryMax highest advertised salary in pounds, null when not given
 * @param socCode the ONS SOC 2020 unit group of the job title, null when the title could not be coded or coding has
 *     not finished after start-up
 * @param why why the advert matched, most telling first
 */
public record JobMatch(String id, String title, String employer, String location, @Nullable Double distanceMiles,
        @Nullable Integer salaryMin, @Nullable Integer salaryMax, LocalDate closingDate, @Nullable String socCode,
        List<Reason> why) {

    public JobMatch {
        why = List.copyOf(why);
    }

    /**
     * One reason an advert matched. {@code details} depend on the kind, in this order:
     *
     * <ul>
     *   <li>{@code TITLE_WORDS}, {@code ADVERT_WORDS}: the searched words found in the title, or only in the advert
     *       text or employer name
     *   <li>{@code SIMILAR_MEANING}: none; the title means something close to the search
     *   <li>{@code SAME_OCCUPATION}: the SOC 2020 unit group title and code the search and the advert share
     *   <li>{@code SKILLS}: a typical task of the advert's occupation that uses a searched word
     *   <li>{@code DISTANCE}: miles (one decimal place), the place searched near, the advert's nearest place
     *   <li>{@code IN_AREA}: the nation or English region the advert covers, which includes the place searched near
     *   <li>{@code PLACE_WITHOUT_DISTANCE}: the advert's place and its nation, when both it and the place searched near
     *       are in Northern Ireland, where Signpost has no coordinates
     *   <li>{@code NATIONAL}, {@code REMOTE}: none; the job can be anywhere in the UK, or done from home
     * </ul>
     */
    public record Reason(Kind kind, List<String> details) {

        public Reason {
            details = List.copyOf(details);
        }

        public static Reason of(Kind kind, String... details) {
            return new Reason(kind, List.of(details));
        }

        public enum Kind {
            TITLE_WORDS,
            ADVERT_WORDS,
            SIMILAR_MEANING,
            SAME_OCCUPATION,
            SKILLS,
            DISTANCE,
            IN_AREA,
            PLACE_WITHOUT_DISTANCE,
            NATIONAL,
            REMOTE
        }
    }
}
