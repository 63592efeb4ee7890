package uk.gov.signpost.employment.internal.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benefits checker's results in Welsh, from {@code employment/check-benefits-financial-support.cy.json}: each
 * result's name, and one reason for them all. The English reasons name the answers that met each rule; the Welsh
 * reason says only that the answers met GOV.UK's rules, because the rules' answer phrases are English only.
 */
@Component
class WelshBenefitResults {

    private final ResultsFile file;

    WelshBenefitResults() {
        String path = "employment/check-benefits-financial-support.cy.json";
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            this.file = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, ResultsFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    /** The Welsh name of a result, by its English name; the English name if there is no Welsh one. */
    String title(String englishTitle) {
        return file.titles().getOrDefault(englishTitle, englishTitle);
    }

    boolean hasTitle(String englishTitle) {
        return file.titles().containsKey(englishTitle);
    }

    String reason() {
        return file.reason();
    }

    record ResultsFile(String reason, Map<String, String> titles) {}
}
