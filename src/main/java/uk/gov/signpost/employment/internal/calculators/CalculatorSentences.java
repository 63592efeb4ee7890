package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The calculators' sentences in English or Welsh, from the message bundles: the reason shown on a result page
 * ({@code calculators.*.reason.*} in {@code i18n/calculators.properties}) and what the assistant says after a
 * calculator tool ({@code tool.redundancy.*} and {@code tool.minimumWage.*} in {@code i18n/assistant.properties}).
 * The figures come from the result; only the words change with the language.
 */
@Component
class CalculatorSentences {

    private final MessageSource messages;

    CalculatorSentences(MessageSource messages) {
        this.messages = messages;
    }

    /** Why a person can or cannot get statutory redundancy pay, for the result page. */
    String redundancyReason(RedundancyPayResult result, Locale locale) {
        return text(result.entitled()
                ? "calculators.redundancy.reason.howWorkedOut"
                : "calculators.redundancy.reason.notEnoughService", locale);
    }

    /** How the minimum wage check came out, with the rate and the pay that counts, for the result page. */
    String minimumWageReason(MinimumWageResult result, boolean apprenticeRate, Locale locale) {
        if (result.minimumHourlyRate() == null || result.minimumEntitlement() == null || result.totalPay() == null) {
            return text("calculators.minimumWage.reason.under_school_leaving_age", locale);
        }
        String rate = text(apprenticeRate
                        ? "calculators.minimumWage.reason.apprenticeRate"
                        : "calculators.minimumWage.reason.ageRate", locale,
                penceToo(result.minimumHourlyRate()), penceToo(result.minimumEntitlement()));
        String pay = result.outcome() == MinimumWageResult.Outcome.BELOW
                ? text("calculators.minimumWage.reason.below", locale, penceToo(result.totalPay()),
                        penceToo(result.minimumEntitlement().subtract(result.totalPay())))
                : text("calculators.minimumWage.reason.at_or_above", locale, penceToo(result.totalPay()));
        return rate + " " + pay;
    }

    /** What the assistant says after working out redundancy pay. */
    String redundancySay(RedundancyPayResult result, Locale locale) {
        if (!result.entitled()) {
            return text("tool.redundancy.notEntitled", locale);
        }
        return text("tool.redundancy.entitled", locale, pounds(result.amount()), pounds(result.amountNi()),
                result.weeks().stripTrailingZeros().toPlainString(), pounds(result.weeklyPayCap()));
    }

    /** What the assistant says after checking pay against the minimum wage. */
    String minimumWageSay(MinimumWageResult result, Locale locale) {
        if (result.outcome() == MinimumWageResult.Outcome.UNDER_SCHOOL_LEAVING_AGE
                || result.minimumHourlyRate() == null || result.minimumEntitlement() == null
                || result.totalPay() == null) {
            return text("tool.minimumWage.underSchoolLeavingAge", locale);
        }
        String rate = text("tool.minimumWage.rate", locale, pounds(result.minimumHourlyRate()),
                pounds(result.minimumEntitlement()));
        if (result.outcome() == MinimumWageResult.Outcome.BELOW) {
            return text("tool.minimumWage.below", locale, rate, pounds(result.totalPay()));
        }
        return text("tool.minimumWage.atOrAbove", locale, rate);
    }

    /** An amount as GOV.UK writes it: £1,234.50, or £1,234 for whole pounds. */
    static String pounds(BigDecimal amount) {
        String text = String.format(Locale.UK, "£%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }

    /** An amount with its pence, as the result page shows rates: £8.00, £1,234.50. */
    static String penceToo(BigDecimal amount) {
        return String.format(Locale.UK, "£%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }
}
