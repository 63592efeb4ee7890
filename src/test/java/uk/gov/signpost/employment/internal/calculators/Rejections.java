package uk.gov.signpost.employment.internal.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import uk.gov.signpost.platform.InvalidFieldException;

/** Asserts that input is refused with a stable code for a named field, as the API promises. */
final class Rejections {

    private Rejections() {
    }

    static void assertRejected(ThrowingCallable call, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isNotBlank();
        });
    }
}
