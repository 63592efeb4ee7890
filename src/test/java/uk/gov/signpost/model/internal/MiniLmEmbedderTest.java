package uk.gov.signpost.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.model.EmbeddingScope;

class MiniLmEmbedderTest {

    private static final EmbeddingModel REAL = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Test
    void textsThatDifferOnlyInCaseAccentsAndSpacesGetTheSameVectorFromTheModelItself() {
        // The cache key relies on this: the model's tokenizer lower-cases, drops accents and splits on spaces.
        String[][] pairs = {{"Héllo  World", "hello world"}, {"I WANT a Job in Leeds ", "i want a job in leeds"},
                {"Dw i eisiau SWYDD", "dw i eisiau swydd"}, {"café", "cafe"}};
        for (String[] pair : pairs) {
            assertThat(REAL.embed(pair[0]).content().vector()).as(pair[0]).containsExactly(
                    REAL.embed(pair[1]).content().vector());
        }
    }

    @Test
    void theSingleThreadedSessionGivesTheSameVectorsAsLangChain4jsOwn() {
        // The crisis and injection classifiers were trained on LangChain4j's vectors; they must not move.
        QuietMiniLm quiet = new QuietMiniLm();
        for (String text : List.of("I have just been made redundant", "are there admin jobs near LS1?", "bye",
                "Dw i eisiau swydd gyrru yng Nghaerdydd")) {
            float[] expected = REAL.embed(text).content().vector();
            float[] actual = quiet.embed(text).content().vector();
            assertThat(actual).as(text).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i]).as(text + " [" + i + "]").isCloseTo(expected[i], within(1e-5f));
            }
        }
    }

    @Test
    void withinAScopeOneMessageIsEmbeddedOnceHoweverManyReadersAsk() {
        Counting counting = new Counting();
        MiniLmEmbedder embedder = new MiniLmEmbedder(counting);

        try (EmbeddingScope scope = EmbeddingScope.open()) {
            float[] first = embedder.embed("I lost my job in Leeds");
            float[] second = embedder.embed("i lost my job in  leeds");
            embedder.embed("I lost my job in Leeds");

            assertThat(second).containsExactly(first);
        }
        assertThat(counting.calls).hasValue(1);
    }

    @Test
    void differentTextsAreEmbeddedSeparately() {
        Counting counting = new Counting();
        MiniLmEmbedder embedder = new MiniLmEmbedder(counting);

        try (EmbeddingScope scope = EmbeddingScope.open()) {
            embedder.embed("I'm sad");
            embedder.embed("I’m sad");
        }
        assertThat(counting.calls).hasValue(2);
    }

    @Test
    void nothingIsKeptOutsideAScopeOrAfterItCloses() {
        Counting counting = new Counting();
        MiniLmEmbedder embedder = new MiniLmEmbedder(counting);

        embedder.embed("a job");
        embedder.embed("a job");
        try (EmbeddingScope scope = EmbeddingScope.open()) {
            embedder.embed("a job");
        }
        try (EmbeddingScope scope = EmbeddingScope.open()) {
            embedder.embed("a job");
        }
        assertThat(counting.calls).hasValue(4);
        assertThat(EmbeddingScope.current()).isNull();
    }

    @Test
    void anInnerScopeSharesTheOuterOne() {
        Counting counting = new Counting();
        MiniLmEmbedder embedder = new MiniLmEmbedder(counting);

        try (EmbeddingScope outer = EmbeddingScope.open()) {
            embedder.embed("a job");
            try (EmbeddingScope inner = EmbeddingScope.open()) {
                embedder.embed("a job");
            }
            embedder.embed("a job");
        }
        assertThat(counting.calls).hasValue(1);
    }

    @Test
    void callersGetTheirOwnCopy() {
        MiniLmEmbedder embedder = new MiniLmEmbedder(new Counting());
        try (EmbeddingScope scope = EmbeddingScope.open()) {
            float[] first = embedder.embed("a job");
            first[0] = 42;

            assertThat(embedder.embed("a job")[0]).isNotEqualTo(42);
        }
    }

    @Test
    void theKeyHoldsNoWords() {
        assertThat(MiniLmEmbedder.key("I lost my job in Leeds")).doesNotContainIgnoringCase("leeds").hasSize(64);
    }

    @Test
    void vectorsAreUnitLength() {
        float[] vector = new MiniLmEmbedder(new Counting()).embed("anything");
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }

    /** A stand-in model that counts its calls and gives each text a different, non-unit vector. */
    private static final class Counting implements EmbeddingModel {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream().map(s -> {
                calls.incrementAndGet();
                float[] v = new float[4];
                v[0] = 3;
                v[1] = s.text().length();
                v[2] = s.text().hashCode() % 7;
                v[3] = 1;
                return Embedding.from(v);
            }).toList());
        }
    }
}
