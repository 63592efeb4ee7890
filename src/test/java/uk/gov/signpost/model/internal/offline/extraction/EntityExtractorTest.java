package uk.gov.signpost.model.internal.offline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The extractor against messages written as people type them. Each row of {@code offline/entities.csv} lists
 * every entity the message should give, so a row also fails when something extra is read ("-" means nothing).
 * The clock is fixed at Wednesday 18 March 2026.
 */
class EntityExtractorTest {

    private static final Clock WEDNESDAY_18_MARCH_2026 =
            Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final Set<String> INTEGERS = Set.of("age", "children_count");
    private static final Set<String> DECIMALS = Set.of("hours_per_week", "savings_amount", "pay_amount");
    private static final Set<String> BOOLEANS = Set.of("working", "pregnant", "yes_no", "disability", "carer",
            "redundant");

    private final EntityExtractor extractor = new EntityExtractor(new FakePlaces(), WEDNESDAY_18_MARCH_2026);

    @ParameterizedTest(name = "[{index}] {0} (expecting {1}) gives {2}")
    @CsvFileSource(resources = "/offline/entities.csv", delimiter = '|', numLinesToSkip = 1)
    void each_message_gives_exactly_the_entities_it_states(String message, @Nullable String expecting,
            String entities) {
        assertThat(extractor.extract(message, expecting)).containsExactlyInAnyOrderEntriesOf(expected(entities));
    }

    @Test
    void the_cardiff_example_from_the_issue_fills_every_slot_its_words_give() {
        Map<String, Object> found = extractor.extract(
                "I'm 34, live in Cardiff, work 10 hours a week and have two kids aged 3 and 6", null);

        assertThat(found).containsOnlyKeys("age", "nation", "hours_per_week", "working", "children_count",
                "children_ages");
        assertThat(found.get("age")).isEqualTo(34);
        assertThat(found.get("nation")).isEqualTo("wales");
        assertThat((BigDecimal) found.get("hours_per_week")).isEqualByComparingTo("10");
        assertThat(found.get("working")).isEqualTo(true);
        assertThat(found.get("children_count")).isEqualTo(2);
        assertThat(found.get("children_ages")).isEqualTo(List.of(3, 6));
    }

    @Test
    void every_value_is_a_json_friendly_type() throws IOException {
        for (String[] row : rows()) {
            extractor.extract(row[0], row[1]).forEach((name, value) -> {
                assertThat(value).as(name + " from " + row[0])
                        .isInstanceOfAny(Integer.class, BigDecimal.class, String.class, Boolean.class, List.class);
                if (value instanceof List<?> list) {
                    assertThat(list).allSatisfy(item -> assertThat(item).isInstanceOfAny(Integer.class, String.class));
                }
                if (value instanceof BigDecimal decimal) {
                    assertThat(decimal.toString()).as("plain, never 1E+1").doesNotContain("E");
                }
            });
        }
    }

    @Test
    void the_table_covers_at_least_150_messages() throws IOException {
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void without_a_clock_relative_dates_use_the_system_clock() {
        EntityExtractor systemClock = new EntityExtractor(new FakePlaces());

        assertThat(systemClock.extract("I lost my job yesterday", null))
                .containsEntry("date", LocalDate.now().minusDays(1).toString())
                .containsEntry("working", false);
    }

    @Test
    void the_same_message_always_gives_the_same_entities() {
        String message = "im 22 n unemployed, 2 kids aged 1 and 4, live in belfast, £300 in savings";

        assertThat(extractor.extract(message, null)).isEqualTo(extractor.extract(message, null));
    }

    @Test
    void the_result_cannot_be_changed_by_the_caller() {
        Map<String, Object> found = extractor.extract("I'm 34", null);

        assertThatCode(() -> found.put("age", 35)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "   ", "\n\n", "£", "£,", "🙂🙂🙂", "99999999999999999999999 kids aged 99999999999",
            "999999999999999 days ago", "12/99/9999", "32 march 2025", "31/02/2025", "aged", "I'm", "!!!???",
            "0 hours", "-5 hours a week", "£-20", "1.2.3.4.5", "cf10 1aa cf10 1aa cf10 1aa"})
    void odd_input_never_throws(String message) {
        assertThatCode(() -> extractor.extract(message, null)).doesNotThrowAnyException();
        assertThatCode(() -> extractor.extract(message, "age_of_children")).doesNotThrowAnyException();
        assertThatCode(() -> extractor.extract(message, "how_many_paid_hours_work")).doesNotThrowAnyException();
    }

    @Test
    void impossible_dates_are_not_dates() {
        assertThat(extractor.extract("31/02/2025", null)).doesNotContainKey("date");
        assertThat(extractor.extract("32 march 2025", null)).doesNotContainKey("date");
    }

    /** "age=34; children_ages=[3,6]; benefits=[universal_credit]", each value in its entity's type. */
    private static Map<String, Object> expected(String entities) {
        Map<String, Object> expected = new LinkedHashMap<>();
        if (entities.strip().equals("-")) {
            return expected;
        }
        for (String entity : entities.split(";")) {
            String[] pair = entity.strip().split("=", 2);
            expected.put(pair[0], value(pair[0], pair[1].strip()));
        }
        return expected;
    }

    private static Object value(String name, String text) {
        if (text.startsWith("[")) {
            String inside = text.substring(1, text.length() - 1).strip();
            List<String> items = inside.isEmpty() ? List.of() : Arrays.stream(inside.split(",")).map(String::strip)
                    .toList();
            return name.equals("children_ages") ? items.stream().map(Integer::valueOf).toList() : items;
        }
        if (INTEGERS.contains(name)) {
            return Integer.valueOf(text);
        }
        if (DECIMALS.contains(name)) {
            return Message.plain(new BigDecimal(text));
        }
        if (BOOLEANS.contains(name)) {
            return Boolean.valueOf(text);
        }
        return text;
    }

    /** The table's rows as message and expecting (null when empty). */
    private static List<String[]> rows() throws IOException {
        try (InputStream in = EntityExtractorTest.class.getResourceAsStream("/offline/entities.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|", -1))
                    .map(cells -> new String[] {unquote(cells[0]), cells[1].isBlank() ? null : cells[1].strip()})
                    .toList();
        }
    }

    private static String unquote(String cell) {
        String text = cell.strip();
        return text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
