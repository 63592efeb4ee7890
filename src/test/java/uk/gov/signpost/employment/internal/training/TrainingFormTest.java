package uk.gov.signpost.employment.internal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.TrainingSearch;
import uk.gov.signpost.employment.TrainingSearch.Query;
import uk.gov.signpost.platform.InvalidFieldException;

class TrainingFormTest {

    private static final TrainingSearch routes = new TrainingSearch() {
        @Override
        public Results search(Query query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Suggestion> forSkills(List<String> skills, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> routes() {
            return List.of("Digital", "Construction");
        }

        @Override
        public List<uk.gov.signpost.employment.Dataset> sources() {
            return List.of();
        }
    };

    @Test
    void missing_fields_mean_no_text_any_level_any_route_and_the_first_page() {
        assertThat(TrainingForm.of(null, null, null, null).toQuery()).isEqualTo(new Query("", null, null, 1));
        assertThat(TrainingForm.of("  care ", " 3 ", "", "2").toQuery()).isEqualTo(new Query("care", 3, null, 2));
    }

    @Test
    void every_problem_is_listed_in_page_order_with_its_field_and_code() {
        TrainingForm form = TrainingForm.of("x".repeat(101), "9", "Astronautics", "0");

        assertThat(form.problems(routes)).extracting(InvalidFieldException::field, InvalidFieldException::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("q", "query_too_long"),
                        org.assertj.core.groups.Tuple.tuple("level", "level_out_of_range"),
                        org.assertj.core.groups.Tuple.tuple("route", "route_unknown"),
                        org.assertj.core.groups.Tuple.tuple("page", "page_out_of_range"));
    }

    @Test
    void a_level_or_page_that_is_not_a_number_is_a_problem_not_a_crash() {
        assertThatThrownBy(() -> TrainingForm.of("", "three", "", "").toQuery())
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.code()).isEqualTo("level_invalid"));
        assertThat(TrainingForm.of("", "", "", "1e9").problems(routes)).extracting(InvalidFieldException::code)
                .containsExactly("page_invalid");
    }

    @Test
    void a_known_route_in_any_case_is_not_a_problem() {
        assertThat(TrainingForm.of("", "", "digital", "").problems(routes)).isEmpty();
    }
}
