package uk.gov.signpost.appointments;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where to send a booking's confirmation: an email address or a UK mobile number. Personal data: stored sealed.
 *
 * @param channel {@code email} or {@code sms}
 */
public record Contact(String channel, String address) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{10,15}");

    public Contact {
        if (!channel.equals("email") && !channel.equals("sms")) {
            throw new IllegalArgumentException("channel is email or sms");
        }
    }

    /** Reads what a person wrote: an email address, or a phone number with or without spaces. */
    public static Optional<Contact> parse(String written) {
        String text = written.strip();
        if (EMAIL.matcher(text).matches()) {
            return Optional.of(new Contact("email", text));
        }
        String digits = text.replaceAll("[\\s()-]", "");
        if (PHONE.matcher(digits).matches()) {
            return Optional.of(new Contact("sms", digits));
        }
        return Optional.empty();
    }
}
