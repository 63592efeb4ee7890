package uk.gov.signpost.oversight;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The staff console's oversight pages.
 *
 * @param evaluationReports from {@code SIGNPOST_EVALUATION_REPORTS}: the folder the evaluation suite writes to
 *     ({@code target/eval} by default); each report is a {@code report.html} in it or in one of its subfolders
 */
@ConfigurationProperties("signpost.oversight")
public record OversightProperties(Path evaluationReports) {

    public OversightProperties {
        evaluationReports = evaluationReports == null ? Path.of("target", "eval") : evaluationReports;
    }
}
