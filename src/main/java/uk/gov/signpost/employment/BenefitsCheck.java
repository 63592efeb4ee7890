package uk.gov.signpost.employment;

import java.util.List;
import java.util.Map;
import uk.gov.signpost.model.Language;

/**
 * GOV.UK's "Check benefits and financial support you can get", one answer at a time.
 *
 * <p>Give it the answers so far, keyed by GOV.UK's question ids (for example {@code where_do_you_live}) with
 * GOV.UK's option values. A radio question takes one value, a checkbox question one or more. Until every question
 * on the person's path is answered it returns the questions still needed; after that it returns what they may be
 * able to get, each with a reason they can read.
 *
 * <p>It does not decide entitlement: like GOV.UK's tool it only points to support worth checking.
 *
 * @throws uk.gov.signpost.platform.InvalidFieldException when an answer names an unknown question or option, or a
 *     question is given no value or too many
 */
public interface BenefitsCheck {

    /** The check worded in English. */
    default BenefitsCheckOutcome check(Map<String, List<String>> answers) {
        return check(answers, Language.ENGLISH);
    }

    /**
     * The check with its questions, options, result names and reasons worded in {@code language}. Ids, option values,
     * links and which results are shown do not depend on the language.
     */
    BenefitsCheckOutcome check(Map<String, List<String>> answers, Language language);
}
