package uk.gov.signpost.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.signpost.safety.PersonalDataSpan;
import uk.gov.signpost.safety.PersonalDataType;
import uk.gov.signpost.safety.Placeholders;
import uk.gov.signpost.safety.Pseudonymised;

/** Personal data becomes typed placeholders and comes back; number-like text that is not personal data stays. */
class PseudonymiserTest {

    private final RuleBasedPseudonymiser pseudonymiser = new RuleBasedPseudonymiser();

    private List<PersonalDataType> types(String text) {
        return pseudonymiser.scan(text).stream().map(PersonalDataSpan::type).toList();
    }

    @Test
    void a_nino_and_a_full_postcode_become_placeholders_and_come_back_in_the_reply() {
        Pseudonymised p = pseudonymiser.pseudonymise("My NI number is JG 12 34 56 C and I live in LS6 1AA.");

        assertThat(p.text()).isEqualTo("My NI number is ⟨NINO_1⟩ and I live in ⟨POSTCODE_1⟩.");
        assertThat(p.restore("Thanks. Jobs near ⟨POSTCODE_1⟩ for ⟨NINO_1⟩."))
                .isEqualTo("Thanks. Jobs near LS6 1AA for JG 12 34 56 C.");
    }

    @Test
    void the_same_value_gets_the_same_placeholder_and_each_type_counts_from_one() {
        Placeholders mapping = new Placeholders();
        Pseudonymised first = pseudonymiser.pseudonymise("Call 07700 900123 or 020 7946 0958", mapping);
        Pseudonymised second = pseudonymiser.pseudonymise("It's 07700900123, postcode SW1A 1AA", mapping);

        assertThat(first.text()).isEqualTo("Call ⟨PHONE_1⟩ or ⟨PHONE_2⟩");
        assertThat(second.text()).isEqualTo("It's ⟨PHONE_1⟩, postcode ⟨POSTCODE_1⟩");
    }

    @Test
    void a_district_on_its_own_is_kept_because_job_search_needs_it() {
        assertThat(pseudonymiser.pseudonymise("Any warehouse jobs in LS6 or around M1?").text())
                .isEqualTo("Any warehouse jobs in LS6 or around M1?");
    }

    @Test
    void an_unknown_placeholder_is_left_as_it_is() {
        assertThat(new Placeholders().restore("Hello ⟨NAME_7⟩")).isEqualTo("Hello ⟨NAME_7⟩");
    }

    @Nested
    class Structured_identifiers {

        @ParameterizedTest
        @ValueSource(strings = {"AB123456C", "ab 12 34 56 d", "JG-10-33-72-A"})
        void valid_national_insurance_numbers_are_found(String nino) {
            assertThat(types("my nino " + nino)).containsExactly(PersonalDataType.NATIONAL_INSURANCE_NUMBER);
        }

        @ParameterizedTest
        @ValueSource(strings = {"DA123456C", "AO123456C", "GB123456A", "AB123456E", "TN123456A"})
        void national_insurance_numbers_with_prefixes_hmrc_never_issues_are_not(String nino) {
            assertThat(types("code " + nino)).isEmpty();
        }

        @Test
        void an_nhs_number_must_pass_modulus_11() {
            assertThat(types("NHS number 943 476 5919")).containsExactly(PersonalDataType.NHS_NUMBER);
            assertThat(types("NHS number 943 476 5918")).isEmpty();
        }

        @Test
        void a_card_number_must_pass_luhn() {
            assertThat(types("card 4111 1111 1111 1111")).containsExactly(PersonalDataType.PAYMENT_CARD);
            assertThat(types("card 4111 1111 1111 1112")).isEmpty();
        }

        @Test
        void sort_code_and_account_number_are_found_together() {
            assertThat(types("sort code 20-45-77 account 41234567"))
                    .containsExactly(PersonalDataType.SORT_CODE, PersonalDataType.ACCOUNT_NUMBER);
        }

        @Test
        void a_date_is_a_date_of_birth_only_next_to_words_about_birth() {
            assertThat(types("I was born on 14/02/1988")).containsExactly(PersonalDataType.DATE_OF_BIRTH);
            assertThat(types("My interview is on 14/02/2027")).isEmpty();
        }

        @Test
        void passport_and_driving_licence_numbers_are_found() {
            assertThat(types("passport number 925076473")).containsExactly(PersonalDataType.PASSPORT_NUMBER);
            assertThat(types("licence MORGA753116SM9IJ")).containsExactly(PersonalDataType.DRIVING_LICENCE_NUMBER);
        }

        @Test
        void email_addresses_are_found() {
            assertThat(types("write to jo.bloggs+jobs@example.co.uk")).containsExactly(PersonalDataType.EMAIL);
        }
    }

    @Nested
    class Names_and_addresses {

        @Test
        void a_name_after_a_title_or_a_cue_is_found_and_so_are_its_repeats() {
            Pseudonymised p = pseudonymiser.pseudonymise("My name is Aisha Khan. Aisha Khan again, for Mrs Patel.");
            assertThat(p.text()).isEqualTo("My name is ⟨NAME_1⟩. ⟨NAME_1⟩ again, for Mrs ⟨NAME_2⟩.");
        }

        @Test
        void a_house_number_and_street_is_an_address() {
            assertThat(pseudonymiser.pseudonymise("I live at 12 Acacia Avenue, Leeds").text())
                    .isEqualTo("I live at ⟨ADDRESS_1⟩, Leeds");
        }

        @Test
        void call_me_back_is_not_a_name() {
            assertThat(types("Can you call me back tomorrow?")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"The salary is £25,000 a year", "Job ref 1234567890", "Ref 123456", "course code ABC123",
            "37.5 hours a week", "Start date 01/09/2027", "Vacancy 4111111111111111", "Call 0800 123 4567 free",
            "2024-25 tax year", "Open 9am to 5pm", "Level 3 NVQ, unit 301", "12 hours over 3 days"})
    void number_like_text_that_is_not_personal_data_is_kept(String text) {
        assertThat(types(text)).isEmpty();
    }
}
