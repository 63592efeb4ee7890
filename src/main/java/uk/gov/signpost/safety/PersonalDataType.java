package uk.gov.signpost.safety;

/** A kind of personal data the {@link Pseudonymiser} finds, with the label its placeholders carry. */
public enum PersonalDataType {
    NATIONAL_INSURANCE_NUMBER("NINO"),
    NHS_NUMBER("NHS_NUMBER"),
    PAYMENT_CARD("CARD"),
    SORT_CODE("SORT_CODE"),
    ACCOUNT_NUMBER("ACCOUNT_NUMBER"),
    PHONE_NUMBER("PHONE"),
    EMAIL("EMAIL"),
    POSTCODE("POSTCODE"),
    DATE_OF_BIRTH("DATE_OF_BIRTH"),
    PASSPORT_NUMBER("PASSPORT"),
    DRIVING_LICENCE_NUMBER("DRIVING_LICENCE"),
    NAME("NAME"),
    STREET_ADDRESS("ADDRESS");

    private final String label;

    PersonalDataType(String label) {
        this.label = label;
    }

    /** The label used in placeholders, for example {@code POSTCODE} in {@code ⟨POSTCODE_1⟩}. */
    public String label() {
        return label;
    }

    /** True for identifiers with a fixed format or checksum; false for names and street addresses. */
    public boolean structured() {
        return this != NAME && this != STREET_ADDRESS;
    }
}
