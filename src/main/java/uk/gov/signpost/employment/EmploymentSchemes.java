package uk.gov.signpost.employment;

import java.util.List;

/**
 * Employment schemes that GOV.UK's benefits checker does not cover, such as Access to Work, Skills Bootcamps and
 * apprenticeships: whether each may suit a person, with a reason they can read and a GOV.UK link.
 *
 * <p>Like GOV.UK's checker, it points to schemes worth checking and never decides entitlement. Closed schemes (the
 * Restart Scheme) are never offered.
 */
public interface EmploymentSchemes {

    /** Every open scheme, in a fixed order, each with what we can tell from the situation. */
    List<SchemeResult> check(EmploymentSituation situation);
}
