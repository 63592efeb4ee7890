package uk.gov.signpost.employment.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobRankingTest {

    @Test
    void with_words_alone_the_best_bm25_score_comes_first() {
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(candidate(1, 2f, Double.NaN, Double.NaN),
                candidate(2, 8f, Double.NaN, Double.NaN)), false, null);

        assertThat(ranked).extracting(r -> r.candidate().doc()).containsExactly(2, 1);
        assertThat(ranked.get(0).score()).isEqualTo(1.0);
    }

    @Test
    void meaning_lifts_a_title_that_means_the_same_above_one_that_only_shares_a_word() {
        Candidate sharesAWord = candidate(1, 10f, 0.25, Double.NaN);
        Candidate meansTheSame = candidate(2, 8f, 0.85, Double.NaN);

        assertThat(Ranking.rank(List.of(sharesAWord, meansTheSame), true, null))
                .extracting(r -> r.candidate().doc()).containsExactly(2, 1);
    }

    @Test
    void near_a_place_a_close_match_beats_an_equal_match_further_away_and_one_that_can_be_anywhere() {
        Candidate close = candidate(1, 5f, Double.NaN, 1);
        Candidate far = candidate(2, 5f, Double.NaN, 9);
        Candidate anywhere = candidate(3, 5f, Double.NaN, Double.NaN);

        List<Ranking.Ranked> ranked = Ranking.rank(List.of(anywhere, far, close), false, 10.0);

        assertThat(ranked).extracting(r -> r.candidate().doc()).containsExactly(1, 2, 3);
        assertThat(ranked.get(2).score()).isEqualTo(Ranking.ANYWHERE);
    }

    @Test
    void with_no_words_the_index_order_stands() {
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(candidate(7, 0f, Double.NaN, Double.NaN),
                candidate(3, 0f, Double.NaN, Double.NaN)), false, null);

        assertThat(ranked).extracting(r -> r.candidate().doc()).containsExactly(7, 3);
    }

    private static Candidate candidate(int doc, float text, double similarity, double miles) {
        return new Candidate(doc, text, similarity, miles);
    }
}
