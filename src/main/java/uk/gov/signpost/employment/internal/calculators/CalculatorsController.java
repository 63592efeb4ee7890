package uk.gov.signpost.employment.internal.calculators;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calculators over HTTP. Input that breaks a rule fails with {@link uk.gov.signpost.platform.InvalidFieldException},
 * which the web layer returns as a 422 problem naming the field.
 */
@RestController
@RequestMapping("/api/v1/calculators")
class CalculatorsController {

    private final RedundancyPayCalculator redundancyPay;
    private final MinimumWageCalculator minimumWage;

    CalculatorsController(RedundancyPayCalculator redundancyPay, MinimumWageCalculator minimumWage) {
        this.redundancyPay = redundancyPay;
        this.minimumWage = minimumWage;
    }

    @PostMapping("/redundancy-pay")
    RedundancyPayResult redundancyPay(@RequestBody RedundancyPayRequest request) {
        return redundancyPay.calculate(request.toCommand());
    }

    @PostMapping("/minimum-wage")
    MinimumWageResult minimumWage(@RequestBody MinimumWageRequest request) {
        return minimumWage.calculate(request.toCommand());
    }
}
