package uk.gov.signpost.employment.internal.calculators;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * The redundancy pay calculator and the minimum wage check as GOV.UK pages that work without JavaScript. Each is one
 * form; posting it shows the results, or the form again with the GOV.UK error summary. The form reads what was typed
 * ({@link FormReader}); the calculator applies its rules, and a rule it finds broken is shown against the input it
 * is about. Nothing is stored: changing the answers posts them back to the form.
 */
@Controller
@RequestMapping("/calculators")
class CalculatorPages {

    private final RedundancyPayCalculator redundancyPay;
    private final MinimumWageCalculator minimumWage;
    private final MessageSource messages;
    private final CalculatorSentences sentences;

    CalculatorPages(RedundancyPayCalculator redundancyPay, MinimumWageCalculator minimumWage,
            MessageSource messages, CalculatorSentences sentences) {
        this.redundancyPay = redundancyPay;
        this.minimumWage = minimumWage;
        this.messages = messages;
        this.sentences = sentences;
    }

    @GetMapping("/redundancy-pay")
    String redundancyPayForm(Model model, Locale locale) {
        return redundancyPayForm(RedundancyPayForm.empty(), new FormReader(), model, locale);
    }

    @PostMapping("/redundancy-pay/change")
    String changeRedundancyPay(RedundancyPayForm form, Model model, Locale locale) {
        return redundancyPayForm(form, new FormReader(), model, locale);
    }

    @PostMapping("/redundancy-pay")
    String calculateRedundancyPay(RedundancyPayForm form, Model model, HttpServletResponse response, Locale locale) {
        FormReader reader = new FormReader();
        try {
            RedundancyPayCommand command = form.toCommand(reader);
            if (command != null) {
                RedundancyPayResult result = redundancyPay.calculate(command);
                model.addAttribute("form", form);
                model.addAttribute("command", command);
                model.addAttribute("result", result);
                model.addAttribute("weeks", plain(result.weeks()));
                model.addAttribute("reason", sentences.redundancyReason(result, locale));
                return "calculators/redundancy-pay-result";
            }
        } catch (InvalidFieldException e) {
            reader.add(RedundancyPayForm.INPUT_FOR_FIELD.getOrDefault(e.field(), RedundancyPayForm.FIRST_INPUT),
                    e.getMessage());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return redundancyPayForm(form, reader, model, locale);
    }

    @GetMapping("/minimum-wage")
    String minimumWageForm(Model model, Locale locale) {
        return minimumWageForm(MinimumWageForm.empty(), new FormReader(), model, locale);
    }

    @PostMapping("/minimum-wage/change")
    String changeMinimumWage(MinimumWageForm form, Model model, Locale locale) {
        return minimumWageForm(form, new FormReader(), model, locale);
    }

    @PostMapping("/minimum-wage")
    String checkMinimumWage(MinimumWageForm form, Model model, HttpServletResponse response, Locale locale) {
        FormReader reader = new FormReader();
        try {
            MinimumWageCommand command = form.toCommand(reader);
            if (command != null) {
                MinimumWageResult result = minimumWage.calculate(command);
                model.addAttribute("form", form);
                model.addAttribute("command", command);
                model.addAttribute("result", result);
                model.addAttribute("shortfall", shortfall(result));
                model.addAttribute("reason",
                        sentences.minimumWageReason(result, command.apprentice().paysApprenticeRate(), locale));
                return "calculators/minimum-wage-result";
            }
        } catch (InvalidFieldException e) {
            reader.add(MinimumWageForm.INPUT_FOR_FIELD.getOrDefault(e.field(), MinimumWageForm.FIRST_INPUT),
                    e.getMessage());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return minimumWageForm(form, reader, model, locale);
    }

    private String redundancyPayForm(RedundancyPayForm form, FormReader reader, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors(reader, locale));
        return "calculators/redundancy-pay";
    }

    private String minimumWageForm(MinimumWageForm form, FormReader reader, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors(reader, locale));
        model.addAttribute("apprenticeOptions", MinimumWageForm.APPRENTICE.keySet());
        model.addAttribute("accommodationOptions", MinimumWageForm.ACCOMMODATION.keySet());
        return "calculators/minimum-wage";
    }

    /** Each problem in words, by the id of the input it is about, in the order of the form. */
    private Map<String, String> errors(FormReader reader, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        reader.problems().forEach((input, problem) -> errors.put(input, messages.getMessage(problem, locale)));
        return errors;
    }

    /** How much less than the minimum the pay that counts is, or null when it is not less. */
    private static @Nullable BigDecimal shortfall(MinimumWageResult result) {
        if (result.outcome() != MinimumWageResult.Outcome.BELOW || result.minimumEntitlement() == null
                || result.totalPay() == null) {
            return null;
        }
        return result.minimumEntitlement().subtract(result.totalPay());
    }

    /** A number without needless zeros: 2.5 weeks, 20 weeks. */
    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
