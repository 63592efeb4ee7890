package uk.gov.signpost.handoff;

import org.jspecify.annotations.Nullable;

/**
 * A service to call when no adviser is available here, from {@code handoff/contacts.json} (GOV.UK, with the date
 * it was checked). Texts are in the language asked for.
 */
public record OtherService(String key, String name, @Nullable String phone, @Nullable String welshPhone,
        @Nullable String textphone, String hours, String url, String source, String checked) {}
