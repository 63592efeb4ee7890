/**
 * Employment: the help a person can get with work, money and benefits. Other modules call the types in this
 * package; everything else sits in {@code internal}.
 */
@NullMarked
package uk.gov.signpost.employment;

import org.jspecify.annotations.NullMarked;
